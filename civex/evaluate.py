"""Scoring predicted claims against gold files: the library behind ``civex eval``.

The gold format and the matching rules are those of the annotation guideline
(``evaluation/gold/GUIDELINE.md``), reimplemented here so the figures equal the
reference scorer's on the same predictions:

- a gold line is located through its ``context`` (unique in the document once all
  white space is removed) and the last place of ``quote`` inside it;
- a prediction matches a gold line of the same document when its span (``start``/``end``,
  mapped to white-space-free coordinates) overlaps the quote and value (relative
  tolerance 1e-6) and unit (after aliasing 个百分点 → 百分点 etc.) agree; each prediction
  matches at most one gold line, the one it overlaps most wins;
- precision = matched / (matched + false alarms), where a prediction overlapping an
  ``optional`` gold line is excused; recall = required gold lines matched / required;
- the other fields (approx, kind, action, object, actor, time) are scored on matched pairs:
  approx/kind exactly, object by character-set F1 ≥ 0.5, the rest by containment either
  way, an empty gold value requiring an empty prediction; a gold line with an empty
  ``actor`` is not scored for actor.
"""
from __future__ import annotations

import json
import math
import pathlib
from typing import Iterable

WS = set(" \t\r\n\u3000\u00a0\u2028\u2029\x0b\x0c")
UNIT_ALIASES = {"％": "%", "平米": "平方米", "千克": "公斤", "kg": "公斤", "km": "公里", "m": "米", "m2": "平方米", "㎡": "平方米",
                "个百分点": "百分点", "千米": "公里", "㎜": "毫米", "mm": "毫米", "立方": "立方米", "m3": "立方米", "個": "个", "臺次": "台次"}
FIELDS = ["approx", "kind", "action", "object", "actor", "time"]


class GoldError(ValueError):
    """The gold files do not load or do not locate in the documents."""


def strip_map(text: str) -> tuple[str, list[int]]:
    """White-space-free text and, for each raw offset, its offset in it."""
    out, raw2s = [], []
    for ch in text:
        raw2s.append(len(out))
        if ch not in WS:
            out.append(ch)
    raw2s.append(len(out))
    return "".join(out), raw2s


def unit_key(u) -> str:
    u = (u or "").strip()
    return UNIT_ALIASES.get(u, u)


def same_value(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def load_jsonl(path) -> list[dict]:
    rows = []
    for n, line in enumerate(pathlib.Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if line:
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise GoldError(f"{path}:{n}: not JSON: {e}") from None
    return rows


def gold_rows(gold) -> list[dict]:
    p = pathlib.Path(gold)
    if not p.exists():
        raise GoldError(f"{gold}: no such file or directory")
    files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    rows = []
    for f in files:
        rows += load_jsonl(f)
    return rows


def _doc_text(docs_dir: pathlib.Path, doc: str) -> str:
    return (docs_dir / doc).read_text(encoding="utf-8")


def locate_gold(rows: list[dict], docs_dir) -> list[str]:
    """Give each gold row its span (``_span``, white-space-free coordinates); the problems."""
    docs_dir = pathlib.Path(docs_dir)
    texts, problems = {}, []
    for g in rows:
        doc = g["doc"]
        if doc not in texts:
            try:
                texts[doc] = strip_map(_doc_text(docs_dir, doc))[0]
            except OSError as e:
                problems.append(f"{doc}: cannot read the document: {e.strerror or e}")
                texts[doc] = None
        s = texts[doc]
        if s is None:
            continue
        ctx, quote = g["context"], g["quote"]
        at = s.find(ctx)
        if at < 0 or s.find(ctx, at + 1) >= 0:
            problems.append(f"{doc}: context {'not found' if at < 0 else 'not unique'}: {ctx}")
            continue
        q = ctx.rfind(quote)
        if q < 0:
            problems.append(f"{doc}: quote {quote} not inside context {ctx}")
            continue
        g["_span"] = (at + q, at + q + len(quote))
    return problems


def field_ok(name: str, gold: dict, pred: dict) -> bool:
    g, p = (gold.get(name) or ""), (pred.get(name) or "")
    if isinstance(g, str):
        g, p = g.strip(), str(p).strip()
    if name in ("approx", "kind"):
        return g == p
    if name == "object":
        if not g:
            return not p
        gs, ps = set(g), set(p)
        inter = len(gs & ps)
        if not inter:
            return False
        prec, rec = inter / len(ps), inter / len(gs)
        return 2 * prec * rec / (prec + rec) >= 0.5
    if not g:
        return not p
    return bool(p) and (g in p or p in g)


def field_scored(name: str, gold: dict) -> bool:
    """An empty actor means the text does not say who: such a line is not scored for actor."""
    return name in gold and not (name == "actor" and not (gold.get("actor") or "").strip())


def score(docs_dir, gold: list[dict], preds: list[dict]) -> dict:
    """The figures, plus ``_missed`` [(gold, overlapping prediction or None)], ``_spurious``
    [prediction] and ``_matched`` [(gold, prediction)]. ``gold`` must have been located."""
    docs_dir = pathlib.Path(docs_dir)
    maps = {}
    by_doc: dict[str, list] = {}
    for p in preds:
        doc = pathlib.PurePath(str(p.get("doc", ""))).name
        if doc not in maps:
            f = docs_dir / doc
            if not f.exists():
                continue
            maps[doc] = strip_map(f.read_text(encoding="utf-8"))[1]
        m = maps[doc]
        try:
            a, b = int(p["start"]), int(p["end"])
        except (KeyError, TypeError, ValueError):
            continue
        a, b = max(0, min(a, len(m) - 1)), max(0, min(b, len(m) - 1))
        p["_span"] = (m[a], m[b] if b > a else m[a] + 1)
        by_doc.setdefault(doc, []).append(p)
    gold_docs = {g["doc"] for g in gold}
    used = set()
    matched, missed = [], []
    for g in gold:
        if "_span" not in g:
            continue
        ga, gb = g["_span"]
        best, best_ov, near = None, 0, None
        for i, p in enumerate(by_doc.get(g["doc"], [])):
            if (g["doc"], i) in used:
                continue
            pa, pb = p["_span"]
            ov = min(gb, pb) - max(ga, pa)
            if ov <= 0:
                continue
            if same_value(p.get("value"), g["value"]) and unit_key(p.get("unit")) == unit_key(g["unit"]):
                if ov > best_ov:
                    best, best_ov = i, ov
            elif near is None:
                near = p
        if best is not None:
            used.add((g["doc"], best))
            matched.append((g, by_doc[g["doc"]][best]))
        elif not g.get("optional"):
            missed.append((g, near))
    spurious = []
    for doc, ps in by_doc.items():
        if doc not in gold_docs:
            continue
        opt = [g["_span"] for g in gold if g["doc"] == doc and g.get("optional") and "_span" in g]
        for i, p in enumerate(ps):
            if (doc, i) in used:
                continue
            pa, pb = p["_span"]
            if any(min(gb, pb) - max(ga, pa) > 0 for ga, gb in opt):
                continue
            spurious.append(p)
    req_matched = sum(1 for g, _ in matched if not g.get("optional"))
    n_req = sum(1 for g in gold if not g.get("optional") and "_span" in g)
    tp = len(matched)
    prec = tp / (tp + len(spurious)) if tp + len(spurious) else 0.0
    rec = req_matched / n_req if n_req else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    fields = {}
    for name in FIELDS:
        pairs = [(g, p) for g, p in matched if field_scored(name, g)]
        ok = sum(field_ok(name, g, p) for g, p in pairs)
        fields[name] = (ok, len(pairs))
    full = sum(all(field_ok(n, g, p) for n in ("action", "object", "actor", "time") if field_scored(n, g))
               for g, p in matched if not g.get("optional"))
    return {
        "gold_required": n_req,
        "predicted": sum(len(v) for d, v in by_doc.items() if d in gold_docs),
        "matched": tp,
        "precision": prec,
        "recall": rec,
        "f1": f1,
        "full_tuple_recall": full / n_req if n_req else 0.0,
        "fields": {k: (ok / n if n else None) for k, (ok, n) in fields.items()},
        "_missed": missed,
        "_spurious": spurious,
        "_matched": matched,
    }


def predict(docs_dir, *, lexicon_files: tuple[str, ...] = (), year: int | None = None) -> list[dict]:
    """civex's own claims for every page in ``docs_dir`` (derived records left out: they are
    not mentions)."""
    from .api import iter_claims

    return [c for c in iter_claims([str(docs_dir)], lexicon_files=lexicon_files, year=year, tracker=False)
            if not c.get("derived")]


def evaluate(gold, docs_dir, preds: Iterable[dict] | None = None, *, kinds: Iterable[str] | None = None,
             lexicon_files: tuple[str, ...] = (), year: int | None = None) -> dict:
    """Score ``preds`` (civex's own output on ``docs_dir`` when None) against ``gold`` (a
    directory of *.jsonl or one file). Raises GoldError when the gold does not locate."""
    docs_dir = pathlib.Path(docs_dir)
    if not docs_dir.is_dir():
        raise GoldError(f"{docs_dir}: not a directory")
    rows = gold_rows(gold)
    problems = locate_gold(rows, docs_dir)
    if problems:
        raise GoldError(f"gold does not locate ({len(problems)} problems), first: {problems[0]}")
    preds = predict(docs_dir, lexicon_files=lexicon_files, year=year) if preds is None else list(preds)
    preds = [dict(p) for p in preds if not p.get("derived")]
    if kinds:
        keep = set(kinds)
        rows = [g for g in rows if g.get("kind") in keep]
        preds = [p for p in preds if p.get("kind") in keep]
    return score(docs_dir, rows, preds)


def field_errors(result: dict) -> list[tuple[dict, dict, list[str]]]:
    """(gold, prediction, wrong field names) for the matched pairs with a wrong field."""
    out = []
    for g, p in result["_matched"]:
        bad = [n for n in FIELDS if field_scored(n, g) and not field_ok(n, g, p)]
        if bad:
            out.append((g, p, bad))
    return out


def public(result: dict) -> dict:
    """The figures without the match lists."""
    return {k: v for k, v in result.items() if not k.startswith("_")}
