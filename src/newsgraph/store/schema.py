"""The knowledge-base schema (SQLAlchemy Core), shared by SQLite and PostgreSQL.

One row per fact, keyed by the article's record ``id`` plus the fact's position (``idx``) in its
record list, so a stored article can be turned back into the exact :class:`~newsgraph.record.Article`
(see :func:`newsgraph.store.load_article`). Dates are ISO strings (``YYYY-MM-DD``): they sort the same
way on both backends. Nested parts of a fact (a place's mentions, an event's parties) are JSON.

Cross-article tables: ``entities`` (one row per real-world entity, see :mod:`newsgraph.kb.entities`),
``aliases`` (normalized names that lead to an entity), ``article_entities`` (an article's own entity
list, linked to the global entity), ``measures`` and ``points`` (see :mod:`newsgraph.kb.measures`).

The full-text index is not part of this metadata: SQLite gets an FTS5 table ``fts`` and PostgreSQL a
``tsv`` tsvector column on ``articles`` and ``quotes``; the migrations create both.

Changing anything here needs a new Alembic migration under ``store/migrations/versions``.
"""

from __future__ import annotations

import sqlalchemy as sa

#: the article_entities rows that carry roles, as the partial index ix_article_entities_roles reads them;
#: a query repeats the condition word for word so the planner can use the index
ROLES_WHERE = {"sqlite": "roles != '[]'", "postgresql": "roles::text <> '[]'"}

__all__ = [
    "metadata",
    "articles",
    "paragraphs",
    "entities",
    "aliases",
    "entity_redirects",
    "judgements",
    "article_entities",
    "mentions",
    "quotes",
    "amounts",
    "changes",
    "times",
    "places",
    "events",
    "event_parties",
    "measures",
    "points",
    "conflicts",
    "ingest_errors",
    "runs",
    "stories",
    "story_features",
    "story_keys",
    "story_merges",
    "story_anchors",
    "story_links",
    "story_splits",
    "FACT_TABLES",
    "retractions",
]

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

_ID = sa.String(16)
_DAY = sa.String(10)


def _article_fk() -> sa.Column[str]:
    return sa.Column("article_id", _ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)


def _span() -> list[sa.Column[int]]:
    return [sa.Column("start", sa.Integer), sa.Column("end", sa.Integer)]


articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", _ID, primary_key=True),
    sa.Column("schema_version", sa.String(8), nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", _DAY),
    sa.Column("source", sa.Text),
    sa.Column("language", sa.String(8)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("related_links", sa.JSON, nullable=False),
    sa.Column("headings", sa.JSON, nullable=False),
    sa.Column("origin", sa.Text, doc="the file or container the article was read from"),
    sa.Column("position", sa.Text, doc="line, record or member inside origin"),
    sa.Column("run_id", sa.Integer),
    sa.Column("ingested_at", sa.String(32)),
    sa.Column("story_id", sa.Integer, index=True, doc="the story the article tells (see newsgraph.kb.stories)"),
    sa.Column("fts_rowid", sa.Integer, doc="SQLite: the article's rowid in the full-text index (migration 0013)"),
    # the browsing pages' orders and filters (migrations 0009 and 0013, issue 21); fts_rowid in the order's
    # index so text matches in that order are told apart without reading a table row
    sa.Index("ix_articles_published_fts", "published", "id", "fts_rowid"),
    sa.Index("ix_articles_title_fts", "title", "id", "fts_rowid"),
    sa.Index("ix_articles_source_fts", "source", "published", "id", "fts_rowid"),
    sa.Index("ix_articles_language_fts", "language", "published", "id", "fts_rowid"),
    sa.Index("ix_articles_fts_rowid", "fts_rowid"),
)

paragraphs = sa.Table(
    "paragraphs",
    metadata,
    _article_fk(),
    sa.Column("idx", sa.Integer, nullable=False),
    *_span(),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.PrimaryKeyConstraint("article_id", "idx"),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False, index=True),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("country", sa.String(3)),
    sa.Column("aliases", sa.JSON, nullable=False),
    sa.Column("roles", sa.JSON, nullable=False),
    sa.Column("mention_count", sa.Integer, nullable=False, index=True),
    sa.Column("article_count", sa.Integer, nullable=False, index=True),
    sa.Column("first_date", _DAY),
    sa.Column("last_date", _DAY, index=True),
    sa.Column("actor", sa.String(64), index=True, doc="reference actor key (BARACK_OBAMA), issue 16 rule 6"),
    sa.Column("roles_coded", sa.JSON, doc="dated actor codes [{code, from, to}] of the reference actor"),
    sa.Column("evidence", sa.JSON, doc="votes across reports: {types: {PERSON: n}, countries: {USA: n}}"),
)

entity_redirects = sa.Table(
    "entity_redirects",
    metadata,
    sa.Column("old_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("new_id", sa.Integer, nullable=False, doc="the surviving entity (follow the chain)"),
)

judgements = sa.Table(
    "judgements",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(8), nullable=False, doc="merge or split"),
    sa.Column("entity_id", sa.Integer, nullable=False, doc="merge: the survivor; split: the entity split"),
    sa.Column("other_id", sa.Integer, doc="merge: the absorbed entity; split: the new entity"),
    sa.Column("name", sa.Text, nullable=False, doc="the survivor's / split entity's name at the time"),
    sa.Column("other_name", sa.Text, doc="merge: the absorbed entity's name; split: the alias split off"),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("by", sa.Text, nullable=False),
    sa.Column("at", sa.String(32), nullable=False),
    sa.Index("ix_judgements_entity_id", "entity_id"),
)

aliases = sa.Table(
    "aliases",
    metadata,
    sa.Column("norm", sa.Text, nullable=False),
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    sa.Column("kind", sa.String(8), nullable=False, doc="name, alias or surname"),
    # a person's surname row and an alias row may share (norm, entity_id): "trump" is both
    sa.PrimaryKeyConstraint("norm", "entity_id", "kind"),
    sa.Index("ix_aliases_entity_id", "entity_id"),
)

article_entities = sa.Table(
    "article_entities",
    metadata,
    _article_fk(),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("local_id", sa.String(16), nullable=False),
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id"), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("country", sa.String(3)),
    sa.Column("aliases", sa.JSON, nullable=False),
    sa.Column("roles", sa.JSON, nullable=False),
    sa.Column("mention_count", sa.Integer, nullable=False),
    sa.Column("published", _DAY),
    sa.Column("fts_rowid", sa.Integer, doc="SQLite: the article's rowid in the full-text index (migration 0014)"),
    sa.PrimaryKeyConstraint("article_id", "idx"),
    # covering: an entity's articles page by page from the index alone (migration 0009)
    sa.Index("ix_article_entities_entity_article", "entity_id", "published", "article_id", "mention_count"),
    # only the links that carry roles (most carry none): an entity's roles over time (migration 0010;
    # on PostgreSQL, which has no b-tree over json, the index is (entity_id, published))
    sa.Index("ix_article_entities_roles", "entity_id", "roles", "published", sqlite_where=sa.text(ROLES_WHERE["sqlite"]),
             postgresql_where=sa.text(ROLES_WHERE["postgresql"])),
    # covering: the entities of a set of articles (co-mentions) without reading the wide rows (migration 0013)
    sa.Index("ix_article_entities_article_entity", "article_id", "entity_id"),
    # an entity's articles as fts rowids, tested against a text's matches (/articles?q=&entity=, migration 0014)
    sa.Index("ix_article_entities_entity_fts", "entity_id", "fts_rowid"),
)

mentions = sa.Table(
    "mentions",
    metadata,
    _article_fk(),
    sa.Column("entity_idx", sa.Integer, nullable=False),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id"), nullable=False),
    *_span(),
    sa.Column("text", sa.Text, nullable=False),
    sa.PrimaryKeyConstraint("article_id", "entity_idx", "idx"),
    sa.Index("ix_mentions_entity_id", "entity_id"),
)

quotes = sa.Table(
    "quotes",
    metadata,
    _article_fk(),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("local_id", sa.String(16), nullable=False),
    *_span(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("speaker", sa.String(16), doc="the speaker's entity id inside the article (E1...)"),
    sa.Column("speaker_entity_id", sa.Integer, sa.ForeignKey("entities.id")),
    sa.Column("speaker_name", sa.Text),
    sa.Column("affiliation", sa.String(16), doc="entity id (E1...) of the organization a titled speaker speaks for"),
    sa.Column("cue", sa.Text),
    sa.Column("speaker_start", sa.Integer),
    sa.Column("speaker_end", sa.Integer),
    sa.Column("cue_start", sa.Integer),
    sa.Column("cue_end", sa.Integer),
    sa.Column("published", _DAY),
    sa.Column("modality", sa.String(16), doc="asserted, negated or hypothetical (migration 0021; NULL: asserted)"),
    sa.PrimaryKeyConstraint("article_id", "idx"),
    sa.Index("ix_quotes_speaker_order", "speaker_entity_id", "published", "article_id", "idx"),  # migration 0009
)

amounts = sa.Table(
    "amounts",
    metadata,
    _article_fk(),
    sa.Column("idx", sa.Integer, nullable=False),
    *_span(),
    sa.Column("value", sa.Float, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("object", sa.Text),
    sa.Column("unit", sa.Text),
    sa.Column("currency", sa.String(8)),
    sa.Column("approx", sa.Text),
    sa.Column("low", sa.Float),
    sa.Column("high", sa.Float),
    sa.Column("measure", sa.Text, index=True),
    sa.Column("owner", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("time", sa.Text),
    sa.Column("change", sa.Text),
    sa.Column("dimension", sa.String(16)),
    sa.Column("rate", sa.String(16)),
    sa.Column("added", sa.Boolean, doc="more of the same: no level of a series (migration 0017)"),
    sa.Column("running_total", sa.Boolean, doc="a total running from its time to the report's day (migration 0018)"),
    sa.Column("time_end", sa.Text, doc="TIMEX value of the time a stretch runs to (migration 0018)"),
    sa.PrimaryKeyConstraint("article_id", "idx"),
)

changes = sa.Table(
    "changes",
    metadata,
    _article_fk(),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("local_id", sa.String(16), nullable=False),
    *_span(),
    sa.Column("object", sa.Text),
    sa.Column("owner", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("from_value", sa.Float),
    sa.Column("to_value", sa.Float),
    sa.Column("from_approx", sa.Text),
    sa.Column("to_approx", sa.Text),
    sa.Column("delta", sa.Float),
    sa.Column("pct", sa.Float),
    sa.Column("direction", sa.String(16)),
    sa.Column("verb", sa.Text),
    sa.Column("time", sa.Text),
    sa.Column("measure", sa.Text, index=True),
    sa.Column("from_time", sa.Text),
    sa.Column("running_total", sa.Boolean, doc="to_value: a total running to the report's day (migration 0018)"),
    sa.Column("time_end", sa.Text, doc="TIMEX value of the time the stretch of `time` runs to (migration 0018)"),
    sa.Column("from_time_end", sa.Text, doc="the same for from_time (migration 0018)"),
    sa.PrimaryKeyConstraint("article_id", "idx"),
)

times = sa.Table(
    "times",
    metadata,
    _article_fk(),
    sa.Column("idx", sa.Integer, nullable=False),
    *_span(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("value", sa.Text),
    sa.Column("mod", sa.Text),
    sa.Column("anchor", sa.String(16)),
    sa.PrimaryKeyConstraint("article_id", "idx"),
)

places = sa.Table(
    "places",
    metadata,
    _article_fk(),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("local_id", sa.String(16), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("entity", sa.String(16)),
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id")),
    sa.Column("country", sa.String(3)),
    sa.Column("admin1", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("feature", sa.Text),
    sa.Column("geonames_id", sa.BigInteger),
    sa.Column("population", sa.BigInteger),
    sa.Column("score", sa.Float),
    sa.Column("mentions", sa.JSON, nullable=False),
    sa.PrimaryKeyConstraint("article_id", "idx"),
    # covering: the map of an entity's latest articles without reading the wide rows (migration 0013)
    sa.Index("ix_places_article_point", "article_id", "lat", "lon", "name"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    sa.Column("idx", sa.Integer, nullable=False),
    *_span(),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("mode", sa.Text),
    sa.Column("context", sa.JSON, nullable=False),
    sa.Column("actors", sa.JSON, nullable=False),
    sa.Column("targets", sa.JSON, nullable=False),
    sa.Column("place", sa.Text),
    sa.Column("time", sa.Text),
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("hypothetical", sa.Boolean, nullable=False),
    sa.Column("source_quote", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("trigger_start", sa.Integer),
    sa.Column("trigger_end", sa.Integer),
    sa.Column("confidence", sa.Float),
    sa.Column("published", _DAY),
    sa.Column("modality", sa.String(16), doc="asserted, negated, intended, threatened, hypothetical, requested, alleged (round 22)"),
    sa.Column("spans", sa.JSON, doc="further tellings of the event: [{start, end}]"),
    sa.UniqueConstraint("article_id", "idx"),
    sa.Index("ix_events_type_published", "type", "published"),
    sa.Index("ix_events_published", "published", "id"),  # migration 0009
)

event_parties = sa.Table(
    "event_parties",
    metadata,
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    sa.Column("role", sa.String(8), nullable=False, doc="actor or target"),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id")),
    sa.Column("code", sa.Text),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("country", sa.String(3)),
    # copies of the event's (fixed once stored): an entity's events, their order and the confidence
    # floor come off the index below with no join to events (migration 0010)
    sa.Column("published", _DAY),
    sa.Column("confidence", sa.Float),
    sa.PrimaryKeyConstraint("event_id", "role", "idx"),
    sa.Index("ix_event_parties_entity_order", "entity_id", "published", "event_id", "confidence"),
    sa.Index("ix_event_parties_code", "code"),
)

#: what a series' page reads of its points (kb.lists.series_view), all in ``ix_points_series``
SERIES_INDEX_COLUMNS = ("measure", "last_day", "before", "day", "published", "article_id", "start", "value", "approx",
                        "low", "high", "time", "as_of_publication", "conflicted", "id")

measures = sa.Table(
    "measures",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("object", sa.Text, nullable=False),
    sa.Column("owner", sa.Text, nullable=False),
    sa.Column("location", sa.Text, nullable=False),
    sa.Column("point_count", sa.Integer, nullable=False, index=True),
    sa.Column("first_day", _DAY),
    sa.Column("last_day", _DAY, index=True),
    sa.Column("conflict_count", sa.Integer, nullable=False, server_default="0",
              doc="stored conflicts of the series (kb.conflict_rows.mark_conflicts; migration 0016)"),
)

points = sa.Table(
    "points",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("measure", sa.Text, sa.ForeignKey("measures.key"), nullable=False),
    _article_fk(),
    sa.Column("value", sa.Float, nullable=False),
    sa.Column("role", sa.String(8), nullable=False, doc="amount, from or to"),
    sa.Column("approx", sa.Text),
    sa.Column("low", sa.Float),
    sa.Column("high", sa.Float),
    sa.Column("time", sa.Text, doc="TIMEX value of the fact's time, None when the text gives none"),
    sa.Column("day", _DAY, doc="first day the time covers, else the article's publication date"),
    sa.Column("last_day", _DAY, doc="last day the time covers"),
    sa.Column("before", sa.Boolean, nullable=False, doc="a change's from_value: true before `time`"),
    sa.Column("as_of_publication", sa.Boolean, nullable=False),
    *_span(),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("published", _DAY),
    sa.Column("conflicted", sa.Boolean, nullable=False, server_default=sa.false(),
              doc="the point is in a stored conflict (kb.conflict_rows.mark_conflicts; migration 0016)"),
    sa.UniqueConstraint("measure", "article_id", "value", "role"),
    sa.Index("ix_points_measure_day", "measure", "day"),
    # a series' page reads its points from this index alone (chart, sort, total, conflict marks), in one
    # range of the index, not one table page per point (migration 0016)
    sa.Index("ix_points_series", *SERIES_INDEX_COLUMNS),
)

conflicts = sa.Table(
    "conflicts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("measure", sa.Text, nullable=False),
    sa.Column("pos", sa.Integer, nullable=False, doc="order within the measure, as kb.conflicts lists them"),
    sa.Column("a_id", sa.Integer, sa.ForeignKey("points.id", ondelete="CASCADE"), nullable=False),
    sa.Column("b_id", sa.Integer, sa.ForeignKey("points.id", ondelete="CASCADE"), nullable=False),
    sa.Column("a_low", sa.Float, nullable=False),
    sa.Column("a_high", sa.Float, nullable=False),
    sa.Column("b_low", sa.Float, nullable=False),
    sa.Column("b_high", sa.Float, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    # the /conflicts list in page order; a point's deletion reaches its conflicts through the other two
    sa.Index("ix_conflicts_measure_pos", "measure", "pos"),
    sa.Index("ix_conflicts_a_id", "a_id"),
    sa.Index("ix_conflicts_b_id", "b_id"),
)

ingest_errors = sa.Table(
    "ingest_errors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), index=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("position", sa.Text, nullable=False),
    sa.Column("item", sa.Text, doc="the item's own id, url or title when known"),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("error", sa.String(64), nullable=False, doc="exception class name or 'ReadError'"),
    sa.Column("at", sa.String(32), nullable=False),
    # an extractor family that failed on an article that was stored all the same (its other facts kept);
    # both empty for an item that was not stored at all (revision 0002)
    sa.Column("family", sa.String(32), doc="the failed family: entities, quotes, amounts..."),
    sa.Column("article_id", _ID, index=True, doc="the stored article the family failed on"),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("started_at", sa.String(32), nullable=False),
    sa.Column("finished_at", sa.String(32)),
    sa.Column("status", sa.String(16), nullable=False, doc="running (or killed), done, failed"),
    sa.Column("sources", sa.JSON, nullable=False),
    sa.Column("options", sa.JSON, nullable=False),
    sa.Column("read", sa.Integer, nullable=False),
    sa.Column("stored", sa.Integer, nullable=False),
    sa.Column("duplicate", sa.Integer, nullable=False),
    sa.Column("non_english", sa.Integer, nullable=False),
    sa.Column("failed", sa.Integer, nullable=False),
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("title", sa.Text, doc="the title of its earliest report"),
    sa.Column("first_day", _DAY),
    sa.Column("last_day", _DAY, index=True),
    sa.Column("article_count", sa.Integer, nullable=False),
    sa.Column("outlet_count", sa.Integer, nullable=False),
    sa.Column("merged_into", sa.Integer, doc="set when a later report joined this story to another"),
    sa.Column("seed_id", _ID, doc="its first report (no foreign key: it may be deleted); a merged story's id "
              "leads to the story holding it now (migration 0020)"),
    sa.Column("updated_at", sa.String(32)),
)

story_features = sa.Table(
    "story_features",
    metadata,
    sa.Column("article_id", _ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("day", _DAY),
    sa.Column("outlet", sa.Text, doc="the source's one name (data/outlets.tsv)"),
    sa.Column("data", sa.JSON, nullable=False, doc="weighted words of title + lead and body, entity ids, facts"),
    sa.Column("candidates", sa.Integer, nullable=False, default=0, server_default="0",
              doc="dated reports of its window sharing an index key (they raise its links' bar; migration 0019)"),
)

story_keys = sa.Table(
    "story_keys",
    metadata,
    sa.Column("key", sa.Text, nullable=False, doc="t:<word> or e:<entity id>"),
    sa.Column("article_id", _ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("day", _DAY),
    sa.PrimaryKeyConstraint("key", "article_id"),
    # (key, day, article_id): a capped lookup reads a key nearest day first with a deterministic tie-break,
    # straight from the index (no sort of the whole window)
    sa.Index("ix_story_keys_key_day_article_id", "key", "day", "article_id"),
    sa.Index("ix_story_keys_article_id", "article_id"),
)

story_merges = sa.Table(
    "story_merges",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("into_id", sa.Integer, nullable=False, index=True),
    sa.Column("from_id", sa.Integer, nullable=False, index=True),
    sa.Column("article_id", _ID, nullable=False, doc="the report that linked both stories"),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("score", sa.Float),
    sa.Column("at", sa.String(32)),
)

story_anchors = sa.Table(
    "story_anchors",
    metadata,
    sa.Column("article_id", _ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True,
              doc="an undated report"),
    sa.Column("partner_id", _ID, nullable=False, index=True,
              doc="the report it links to best by content: its story is the undated report's"),
    sa.Column("partner_dated", sa.Boolean, nullable=False, doc="a dated partner outranks any undated one"),
    sa.Column("score", sa.Float, nullable=False),
)

story_links = sa.Table(
    "story_links",
    metadata,
    # the dated pairs over their bar (kb.stories): a story is a component of them, so a link that a later
    # report's arrival puts under its risen bar is removed and its story may split (migration 0019)
    sa.Column("a_id", _ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False,
              doc="the report of the pair with the smaller id"),
    sa.Column("b_id", _ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.PrimaryKeyConstraint("a_id", "b_id"),
    sa.Index("ix_story_links_b_id", "b_id"),
)

story_splits = sa.Table(
    "story_splits",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("story_id", sa.Integer, nullable=False, index=True, doc="the story that split"),
    sa.Column("new_id", sa.Integer, nullable=False, index=True, doc="the story its fragment became"),
    sa.Column("article_id", _ID, nullable=False, doc="the report whose arrival raised the bars"),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("at", sa.String(32)),
)

retractions = sa.Table(
    "retractions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(16), nullable=False, index=True, doc="the retracted article (now gone)"),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.String(10)),
    sa.Column("reason", sa.Text),
    sa.Column("client", sa.Text, nullable=False, doc="who asked: user@host and the command"),
    sa.Column("at", sa.String(32), nullable=False, doc="UTC time of the deletion"),
    sa.Column("removed", sa.JSON, nullable=False, doc="rows removed per table"),
)

#: Tables that hold one article's facts, in the order they are written and deleted.
FACT_TABLES = (paragraphs, article_entities, mentions, quotes, amounts, changes, times, places, events)
