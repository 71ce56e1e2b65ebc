"""Extractors, one module per fact family; each is pure functions over a Doc plus a spaCy component.

Importing a module registers its ``newsgraph_<name>`` factory; :mod:`newsgraph.nlp` imports the ones
listed in ``newsgraph.nlp.COMPONENTS``.
"""
