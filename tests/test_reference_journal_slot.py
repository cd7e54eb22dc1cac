"""A reference entry's title ends before a journal glued to it and dated Vancouver style
(pipeline/text/references.py ``_TITLE_END_NO_CODE``): the journal's words ("Sci", "Acta") are not
read as genes."""

from pipeline.text.references import _TITLE_END_NO_CODE

# corpus/validation/zh/ChinaXiv-201812.00642V1 reference [11]
ENTRY = ("[11]Lana Osman, Magdi H. Yacoub,Najma Latif, et al. Role of Human Valve Interstitial Cells in "
         "Valve Calcification and Their Response to Atorvastatin.Circulation.2006 Jul 4;114(1 Suppl): I547-52.")


def test_title_ends_at_a_glued_journal_dated_with_a_full_stop():
    start = ENTRY.index("Role of")
    end = _TITLE_END_NO_CODE.search(ENTRY, start)
    assert ENTRY[start:end.start()].endswith("Their Response to Atorvastatin")


def test_the_author_initial_is_no_journal():
    # "Magdi H. Yacoub,Najma": a full stop and a space, not a glued journal with a year
    end = _TITLE_END_NO_CODE.search(ENTRY, ENTRY.index("Magdi"))
    assert ENTRY[end.start():end.start() + 3] == ". Y"
