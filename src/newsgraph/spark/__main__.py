"""``python -m newsgraph.spark INPUT... --out DIR``: ``newsgraph spark-extract`` as a script.

This file is also what ``spark-submit`` runs on a cluster (it takes a file path, not a module name):
``spark-submit --master yarn "$(python -c 'import newsgraph.spark.__main__ as m; print(m.__file__)')" ...``
"""

from __future__ import annotations

import typer

from newsgraph.spark.commands import spark_extract

if __name__ == "__main__":
    typer.run(spark_extract)
