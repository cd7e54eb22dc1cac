"""Compare extracted relations with the hand-built gold set (corpus/gold/)."""
