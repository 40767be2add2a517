#!/usr/bin/env python3
"""Converts IOB2 CoNLL (token<TAB>tag, blank line between sentences) to OpenNLP's name finder format: one sentence a
line, tokens separated by spaces, entities as <START:type> ... <END>. With --plain, writes the tokens only."""
import sys


def sentences(path):
    tokens, tags = [], []
    with open(path, encoding="utf-8") as source:
        for line in source:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield tokens, tags
                tokens, tags = [], []
                continue
            columns = line.split("\t")
            tokens.append(columns[0])
            tags.append(columns[-1] if len(columns) > 1 else "O")
    if tokens:
        yield tokens, tags


def annotate(tokens, tags):
    out, open_type = [], None
    for token, tag in zip(tokens, tags):
        prefix, _, kind = tag.partition("-")
        kind = kind.lower()
        if open_type and not (prefix == "I" and kind == open_type):
            out.append("<END>")
            open_type = None
        if prefix in ("B", "I") and open_type is None:
            out.append(f"<START:{kind}>")
            open_type = kind
        out.append(token)
    if open_type:
        out.append("<END>")
    return " ".join(out)


def main():
    plain = "--plain" in sys.argv
    paths = [a for a in sys.argv[1:] if a != "--plain"]
    for path in paths:
        for tokens, tags in sentences(path):
            print(" ".join(tokens) if plain else annotate(tokens, tags))


if __name__ == "__main__":
    main()
