"""The dev-set figures stay where docs/benchmarks.md says they are (a regression guard, not tuning)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


UNTUNED = {"para-blind95", "para-blind96"}  # written blind after the last pass, not tuned on (docs/benchmarks.md)


def test_events_eval_dev_set_figures(corpus):
    from eval_events import evaluate

    rep = evaluate()
    assert rep["scopes"]["seed-tables"]["all"]["f1"] >= 0.95
    # the target (0.85) holds on the sets the rules were tuned on (with the sentence model, in-sample there: 0.857 over
    # the 7,995 events tuned on; the rules alone 0.836); the newest blind pair, written after the last pass and left
    # untuned to measure unseen documents, lowers the pool (-blind95 and -96, scored once at the thirteenth session's
    # end: rules alone 0.732 and 0.688, 0.712 pooled; -93/-94 had scored 0.809 and 0.674 at first look, -91/-92 0.563
    # and 0.674, -89/-90 0.764 and 0.696, -87/-88 0.571 and 0.759, -85/-86 0.679 and 0.656, -79 to -84 0.697, 0.755,
    # 0.734, 0.778, 0.644 and 0.561); take a set out of UNTUNED when a pass is made on it (and refit the sentence model:
    # bench/fit_event_sentences.py)
    tp = ng = npred = 0
    for name, sc in rep["scopes"].items():
        if name not in UNTUNED:
            tp, ng, npred = tp + sc["all"]["tp"], ng + sc["all"]["gold"], npred + sc["all"]["pred"]
    p, r = tp / npred, tp / ng
    assert 2 * p * r / (p + r) >= 0.85
    assert rep["overall"]["all"]["f1"] >= 0.84
    # the sentence model (nlp/events/learned.py, fitted on every set but the untuned ones) lifts them from 0.712 (the
    # rules alone) to 0.737 (-95 0.732 → 0.753, -96 0.688 → 0.719; -93/-94 when they were the untuned pair: 0.741 →
    # 0.766; -91/-92: 0.628 → 0.680; -89/-90: 0.732 → 0.752; -87/-88: 0.679 → 0.711; -85/-86: 0.669 → 0.673; -83/-84: 0.600 → 0.634; -81/-82: 0.757 → 0.772; -79/-80:
    # 0.727 → 0.752); on the sets it was fitted on its figures are in-sample, so the untuned sets are the measure
    tp = ng = npred = 0
    for name in UNTUNED:
        sc = rep["scopes"][name]["all"]
        tp, ng, npred = tp + sc["tp"], ng + sc["gold"], npred + sc["pred"]
    assert 2 * tp / (npred + ng) >= 0.66
    # the fields below are those of the rules' events; the model's events fill them less well (its targets and rates)
    # rate 0.885 with para-blind22 (0.842 when -blind15 came untuned; 0.852 over 5,807 events once a register's rate
    # ranges with an em dash are read; 0.846 with the untuned -71 and -72 as well)
    for f in ("date", "rate_pct"):
        assert rep["overall"]["fields_rules"][f]["acc"] >= (0.85 if f == "date" else 0.84), f
    # amount 0.921 through para-blind26, 0.862 with -blind27 to -32, 0.854 with -33 and -34, 0.865 once the trade a
    # measure covers told in the next sentence is its amount, 0.848 with the untuned -35 and -36: the later writers give
    # a measure the trade value told sentences away (or an investment pledge), which the rules leave where it is stated;
    # 0.842 with -37 and -38, 0.836 with -39 and -40 after the passes on them, 0.840 with -41 and -42, 0.838 with -47 and -48,
    # 0.868 with -51 to -56 once 2億8,000萬 reads as one amount
    assert rep["overall"]["fields_rules"]["amount_usd"]["acc"] >= 0.83
    # the blind news sets' annotators name targets more widely (Hong Kong beside China, ASEAN, the places
    # listed parties are in) and name one where the text leaves it to context (0.815 with para-blind14 added,
    # 0.855 once a measure with no object named takes the other state of its sentence, 0.847 with para-blind15 to -20,
    # 0.840 when -blind21 and -22 came, 0.848 after the pass on -blind21; 0.833 with -blind23 and -24, whose targets
    # are right for 0.65 and 0.56 of their matched events at first look; 0.821 with the untuned -blind25 and -26;
    # 0.808 with -blind27 to -32, the untuned -blind31 and -32 at 0.80 and 0.54; 0.811 with -blind33 and -34;
    # 0.804 with -blind39 and -40, whose targets are right for 0.68 and 0.67 of their matched events after the passes;
    # 0.810 with -blind41 and -42 once the place a relocation leaves is read; 0.801 with the untuned -blind45 and -46,
    # 0.805 after the pass on them; 0.801 with -blind47 and -48 after the pass on them, right for 0.67 and 0.70 of
    # their matched events; 0.797 with -blind49 and -50, 0.67 and 0.63 after a pass: their writers name the firms a
    # measure hits where the text gives a state, and the state a measure hits where the table leaves it to the lead-in;
    # 0.796 with -blind51 to -56 after the passes on them, 0.794 with -57 and -58, 0.792 with the untuned -59 and -60;
    # 0.786 with -blind61 and -62 after the passes (their writers name the persons and firms a listing hits), 0.792 once a
    # measure with no target of its own takes the one just told by the same actor, 0.789 with the untuned -63 and -64,
    # 0.784 with the untuned -65 and -66 as well, 0.782 with -blind63 to -68 after the passes and the untuned -69, -70,
    # 0.779 with the untuned -71 and -72 as well)
    assert rep["overall"]["fields_rules"]["target"]["acc"] >= 0.77
