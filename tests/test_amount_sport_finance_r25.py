"""Round 25 (issue 17): amounts of sport and finance reports. A dollar sign with its country's letters and a
dollar named by its country are money; a noun of change names what it moves after "in"; a share's price and its
moves take the object "share price"; model numbers told by maker, variant, model name or after a count are no
counts; a game's points are counted when scored; a game's tally or record is no change. Each class has
sentences that must change and near misses that must not. Sentences written here."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.record import amount_key, canonical_object


def _figures(text: str) -> dict[str, tuple[str | None, str, str | None]]:
    """figure text -> (canonical object, dimension, currency)."""
    return {a.text: (canonical_object(a.object), a.dimension or a.kind, a.currency)
            for a in newsgraph.extract(text).amounts}


# currencies: "US$", "HK$", "A$" were read as counts (or "50m" as metres), a country's dollars as a count
@pytest.mark.parametrize(("text", "figure", "currency"), [
    ("The company paid US$50m for the site last year.", "US$50m", "USD"),
    ("Its shares were priced at HK$176 each.", "HK$176", "HKD"),
    ("The firm cut A$68m from its profit target.", "A$68m", "AUD"),
    ("The bank lent C$3bn to the province.", "C$3bn", "CAD"),
    ("Buyers were told 120 Hong Kong dollars is the likely price.", "120 Hong Kong dollars", "HKD"),
    ("The rebuild will cost 1.2bn Australian dollars.", "1.2bn Australian dollars", "AUD"),
    ("The council spent $40m on roads.", "$40m", "USD"),  # near miss: a plain dollar sign as before
])
def test_currency(text: str, figure: str, currency: str) -> None:
    _obj, dim, cur = _figures(text)[figure]
    assert (dim, cur) == ("money", currency)


@pytest.mark.parametrize(("text", "figure"), [
    ("The USD100 fee was waived.", "100"),  # a bare code glued to digits stays no prefix
])
def test_code_glued(text: str, figure: str) -> None:
    assert all(cur is None for _o, _d, cur in _figures(text).values())


# a noun of change names what it moves after "in"; a place, a time or a clause after "in" does not
@pytest.mark.parametrize(("text", "figure", "canonical"), [
    ("The chain reported a 6% rise in profits to £80m.", "6%", "profits"),
    ("The chain reported a 6% rise in profits to £80m.", "£80m", "profits"),
    ("Officials noted a 12% fall in sales over the year.", "12%", "sales"),
    ("The figures showed a 45% increase in tourist revenues.", "45%", "revenues"),
    ("The gap narrowed thanks to a 3% rise in exports.", "3%", "trade"),  # the synonym table keys exports
    ("Prices saw a 2% rise in Britain last year.", "2%", None),
    ("There was a 10% rise in January.", "10%", None),
    ("Congress approved an $800bn rise in what the state can borrow.", "$800bn", None),
])
def test_moved_thing(text: str, figure: str, canonical: str | None) -> None:
    assert _figures(text)[figure][0] == canonical


def test_moved_thing_change() -> None:
    rec = newsgraph.extract("The chain reported a 6% rise in profits to £80m.")
    assert [canonical_object(c.object) for c in rec.changes] == ["profits"]


# a share's price and its moves
@pytest.mark.parametrize(("text", "figure", "key"), [
    ("Shares in Acme were up 6% at 458.5p in morning trade.", "6%", "share_price.pct"),
    ("Shares in Acme were up 6% at 458.5p in morning trade.", "458.5p", "share_price.gbx"),
    ("Acme shares closed at 270.25p, down 3.75p on the day.", "3.75p", "share_price.gbx"),
    ("Shares in the firm fell 19% after the warning.", "19%", "share_price.pct"),
    ("Its share price rose 4% to $12.", "$12", "share_price.usd"),
])
def test_share_price(text: str, figure: str, key: str) -> None:
    am = next(a for a in newsgraph.extract(text).amounts if a.text == figure)
    assert (amount_key(am) or "").split(":")[0] == key


@pytest.mark.parametrize(("text", "figure", "canonical"), [
    ("Profits rose 6% to £20m.", "6%", "profits"),  # another subject keeps its object
    ("Its share of the market rose to 20%.", "20%", "market"),  # "share" alone is a portion
    # no verb of change, so no share price; since round 26 the sum after "bought ... for" is the purchase price
    ("The fund bought 1,000 shares for $5,000.", "$5,000", "price"),
    ("Crude stocks were 3.5% higher than a year ago.", "3.5%", None),  # a store of oil, not a firm's stock
    ("Grain stocks fell 4% in May.", "4%", "stocks"),  # the parse's own object, as before
])
def test_share_price_near_miss(text: str, figure: str, canonical: str | None) -> None:
    assert _figures(text)[figure][0] == canonical


# model numbers
@pytest.mark.parametrize(("text", "figure"), [
    ("The crashes hit sales of its popular 727 Max jet.", "727"),
    ("A fleet of roughly 300 727 Max jets has been grounded.", "727"),
    ("It follows four 797 Dreamliner sales this week.", "797"),
    ("The airline took its first 797-9 in May, and the 797 programme is on time.", "797"),
    ("The 757x programme has faced delays.", "757"),
    ("They ordered 20 Airbus A340-600 jets on Monday.", "600"),
    ("Boeing's 767 line will close, and 767 buyers were told.", "767"),
])
def test_model_number(text: str, figure: str) -> None:
    assert figure not in _figures(text)


@pytest.mark.parametrize(("text", "figure", "canonical"), [
    ("A fleet of roughly 300 727 Max jets has been grounded.", "300", None),  # kept (no object, as before)
    ("They ordered 20 Airbus A340-600 jets on Monday.", "20", "aircraft"),
    ("About 300 British troops left the base.", "300", "troops"),  # a count before a capitalised word
    ("The 200 Democratic lawmakers voted no.", "200", "lawmakers"),
    ("Between 300-400 people were at the rally.", "300-400", "people"),  # a range is no variant
    ("The 737 passengers were rescued.", "737", "passengers"),  # no maker, variant or model name
])
def test_model_near_miss(text: str, figure: str, canonical: str | None) -> None:
    figures = _figures(text)
    assert figure in figures and (canonical is None or figures[figure][0] == canonical)


# a game's points
@pytest.mark.parametrize(("text", "figure", "canonical"), [
    ("Smith scored 30 points in the win.", "30", "points"),
    ("Jones finished with 22 points, nine rebounds and seven assists.", "22", "points"),
    ("Brown scored 12 of his career-high 40 points in the third quarter.", "12", "points"),
    ("Brown scored 12 of his career-high 40 points in the third quarter.", "40", "points"),
    ("The Bulls scored seven straight points to take the lead.", "seven", "points"),
    pytest.param("The visitors scored seven straight points to take the lead.", "seven", "points",
                 marks=pytest.mark.xfail(strict=True, reason="a side named by a common noun is not read as a side")),
    ("She had six points and eight assists off the bench.", "six", "points"),
    # near misses: a poll's points, an index's, a margin
    ("Her approval rating fell 5 points to 40%.", "5 points", "rating"),
    ("The club is top of the table by six points.", "six", None),
    ("The Dow added 30 points on Friday.", "30", "dow_jones"),
])
def test_points(text: str, figure: str, canonical: str | None) -> None:
    assert _figures(text)[figure][0] == canonical


# a game's tally or record is no change; a change of seats or of an index is one
@pytest.mark.parametrize(("text", "changes"), [
    ("Garcia added 18 points off the bench.", 0),
    ("The hosts, having lost six of their last eight games, sacked the coach.", 0),
    ("The Bulls have lost three of four.", 0),
    ("The Dow added 30 points on Friday.", 1),
    ("Oil output dropped 5% to 2 million barrels a day.", 1),
])
def test_tally_change(text: str, changes: int) -> None:
    assert len(newsgraph.extract(text).changes) == changes


# a net worth is a thing measured; "worth" alone is not
@pytest.mark.parametrize(("text", "figure", "canonical"), [
    ("The post claimed that the singer has a net worth of $40 million.", "$40 million", "net_worth"),
    ("Nobody could explain a $40 million net worth.", "$40 million", "net_worth"),
    ("The house is worth $2m.", "$2m", None),
    ("The country imported $90 billion worth of steel.", "$90 billion", "steel"),
])
def test_net_worth(text: str, figure: str, canonical: str | None) -> None:
    assert _figures(text)[figure][0] == canonical


# a ZIP code after "City, ST" is no count
@pytest.mark.parametrize(("text", "figure", "counted"), [
    ("Write to the column at P.O. Box 5521, Portland, OR 97208.", "97208", False),
    ("Send letters to 12 Main St., Austin, TX 78701-1234.", "78701", False),
    ("Sales in Austin, TX rose by 40000 units.", "40000", True),  # the code is not right before the figure
    ("Police counted 12000 people at the rally.", "12000", True),
])
def test_postal_code(text: str, figure: str, counted: bool) -> None:
    assert (figure in _figures(text)) is counted


# a crude benchmark's price and moves are oil's
@pytest.mark.parametrize(("text", "figure", "canonical"), [
    ("A barrel of US crude oil closed up $1.20 at $61.15 in New York.", "$61.15", "oil"),
    ("A barrel of US crude oil closed up $1.20 at $61.15 in New York.", "$1.20", "oil"),
    ("Brent crude closed down 40 cents at $64.38 a barrel.", "$64.38", "oil"),
    ("US crude was trading at $61.39 in Asia.", "$61.39", "oil"),
    ("Shares were trading at 350p in London.", "350p", "share_price"),
    # near misses: another subject keeps its own object
    ("Oil firms' profits rose 5% to $3bn.", "$3bn", "profits"),
    ("Cold weather took prices past $60 a barrel.", "$60", None),
])
def test_oil_price(text: str, figure: str, canonical: str | None) -> None:
    assert _figures(text)[figure][0] == canonical
