"""Train the event filter (a spaCy ``textcat``, KEEP/DROP) on the labelled events and write it
into the package (``src/eventwire/events/data/event_filter/``).

The examples are rebuilt from ../shared/data and ``scripts/data/event_filter_labels.tsv`` by
``event_filter_data.examples`` (the same features the component reads at run time). Settings
(the number of epochs) is chosen by cross-validation over articles (no article in two folds); the
threshold is the one that maximises the expected detect F1 on the labelled events, counted as
the newsevents metric counts (a kept right event is a match, every kept event a prediction, and
the gold events are the right ones divided by ``--recall``, the share of gold events the rules
find at all, since the labels only see what the rules coded). Deterministic (seeded).

Usage: python scripts/train_event_filter.py [--recall 0.44] [--out DIR] [--cv-only]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from event_filter_data import examples as labelled_examples

OUT = ROOT / "src" / "eventwire" / "events" / "data" / "event_filter"
SEED = 16
FOLDS = 5
GRID = [{"epochs": e, "dropout": 0.0} for e in (2, 3, 5, 10, 20)]  # a linear model: no dropout
THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 19)]


def build(seed: int = SEED):
    """A blank English pipeline with an untrained bag-of-features text classifier."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 1,
        "no_output_layer": False, "length": 2 ** 16}})
    return nlp


def train(data: list[tuple[list[str], str]], epochs: int, dropout: float, seed: int = SEED):
    """A filter model trained on (feature words, label) pairs."""
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = build()
    textcat = nlp.get_pipe("textcat")
    for label in ("KEEP", "DROP"):
        textcat.add_label(label)
    exs = [Example.from_dict(Doc(nlp.vocab, words=words),
                             {"cats": {"KEEP": float(y == "KEEP"), "DROP": float(y == "DROP")}})
           for words, y in data]
    optimizer = nlp.initialize(lambda: exs)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(exs)
        for batch in minibatch(exs, size=16):
            nlp.update(batch, drop=dropout, sgd=optimizer)
    return nlp


def predict(nlp, data: list[tuple[list[str], str]]) -> list[float]:
    """The KEEP probability of each example."""
    from spacy.tokens import Doc

    docs = [Doc(nlp.vocab, words=words) for words, _ in data]
    return [d.cats["KEEP"] for d in nlp.get_pipe("textcat").pipe(docs)]


def folds(rows: list[dict], k: int = FOLDS) -> list[int]:
    """The fold of each example: whole articles go to one fold (seeded shuffle)."""
    arts = sorted({(r["corpus"], r["article"]) for r in rows})
    random.Random(SEED).shuffle(arts)
    fold_of = {a: n % k for n, a in enumerate(arts)}
    return [fold_of[(r["corpus"], r["article"])] for r in rows]


def cross_validate(data, fold, epochs: int, dropout: float) -> list[float]:
    """Held-out KEEP probabilities of every example (each from a model not trained on it)."""
    probs = [0.0] * len(data)
    for f in range(FOLDS):
        train_part = [d for d, g in zip(data, fold) if g != f]
        test_idx = [i for i, g in enumerate(fold) if g == f]
        model = train(train_part, epochs, dropout)
        for i, p in zip(test_idx, predict(model, [data[i] for i in test_idx])):
            probs[i] = p
    return probs


def auc(probs: list[float], gold: list[bool]) -> float:
    """Area under the ROC curve (the chance a KEEP example scores above a DROP one)."""
    pos = [p for p, g in zip(probs, gold) if g]
    neg = [p for p, g in zip(probs, gold) if not g]
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / max(len(pos) * len(neg), 1)


def expected_f1(probs: list[float], gold: list[bool], threshold: float, recall: float) -> dict:
    """Detect-style P, R, F1 of the events kept at a threshold, the gold count estimated as the
    right events over the rules' recall."""
    n_gold = sum(gold) / recall
    kept = [g for p, g in zip(probs, gold) if p >= threshold]
    tp = sum(kept)
    prec = tp / len(kept) if kept else 0.0
    rec = tp / n_gold
    f1 = 2 * prec * rec / (prec + rec) if tp else 0.0
    acc = sum((p >= threshold) == g for p, g in zip(probs, gold)) / len(gold)
    return {"threshold": threshold, "p": prec, "r": rec, "f1": f1, "accuracy": acc,
            "kept": len(kept)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--recall", type=float, default=0.44,
                    help="share of gold events the rules find (newsevents detect R, unfiltered)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--cv-only", action="store_true", help="report, write no model")
    args = ap.parse_args(argv)
    found = labelled_examples()
    data = [(words, label) for words, label, _ in found]
    rows = [r for _, _, r in found]
    gold = [label == "KEEP" for label in (y for _, y in data)]
    fold = folds(rows)
    print(f"{len(data)} labelled events ({sum(gold)} KEEP) from "
          f"{len({(r['corpus'], r['article']) for r in rows})} articles; "
          f"{FOLDS}-fold cross-validation by article")
    base = expected_f1([1.0] * len(data), gold, 0.0, args.recall)
    print(f"no filter: P {base['p']:.3f} R {base['r']:.3f} F1 {base['f1']:.3f} "
          f"(expected detect figures, rules' recall {args.recall})")
    best = None
    for setting in GRID:
        probs = cross_validate(data, fold, **setting)
        curve = [expected_f1(probs, gold, t, args.recall) for t in THRESHOLDS]
        top = max(curve, key=lambda c: (round(c["f1"], 4), -c["threshold"]))
        at_half = expected_f1(probs, gold, 0.5, args.recall)
        print(f"epochs {setting['epochs']:2d} dropout {setting['dropout']:.1f}: AUC "
              f"{auc(probs, gold):.3f}, accuracy at 0.5 {at_half['accuracy']:.3f}; best threshold "
              f"{top['threshold']:.2f}: P {top['p']:.3f} R {top['r']:.3f} F1 {top['f1']:.3f} "
              f"accuracy {top['accuracy']:.3f}")
        if best is None or top["f1"] > best[1]["f1"]:
            best = (setting, top, curve, auc(probs, gold))
    setting, top, curve, best_auc = best
    print(f"\nchosen: {setting}, threshold {top['threshold']:.2f}")
    for c in curve:
        print(f"  threshold {c['threshold']:.2f}: kept {c['kept']:4d}  P {c['p']:.3f} "
              f"R {c['r']:.3f} F1 {c['f1']:.3f} accuracy {c['accuracy']:.3f}")
    if args.cv_only:
        return 0
    model = train(data, **setting)
    model.meta["name"] = "event_filter"
    model.meta["version"] = "1.0.0"
    model.meta["description"] = ("eventwire event filter: KEEP/DROP of coded events, trained by "
                                 "scripts/train_event_filter.py")
    model.meta["eventwire"] = {
        "threshold": top["threshold"], "examples": len(data), "keep": sum(gold),
        "settings": setting, "cv_auc": round(best_auc, 3),
        "cv_accuracy": round(top["accuracy"], 3), "cv_expected_f1": round(top["f1"], 3),
        "no_filter_expected_f1": round(base["f1"], 3), "assumed_recall": args.recall}
    model.to_disk(args.out)
    print(f"model written to {args.out}")
    print(json.dumps(model.meta["eventwire"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
