"""The CoNLL reading that the build scripts share: a file's sentences as lists of their lines."""


def blocks(path, encoding="utf-8"):
    """Each sentence of a CoNLL file as the list of its lines (newline removed); blank lines separate sentences."""
    block = []
    with open(path, encoding=encoding) as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if block:
                    yield block
                    block = []
            else:
                block.append(line)
    if block:
        yield block
