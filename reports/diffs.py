"""What a correction changed in a section's text, word by word, for the comparison page."""

import difflib
import re

WORDS = re.compile(r"\S+|\s+")


def word_diff(before, after):
    """The text as runs of (kind, text), kind "same", "removed" or "added", compared word by word; spaces
    and line breaks stay in the runs so that the page prints the text as written."""
    old, new = WORDS.findall(before), WORDS.findall(after)
    runs = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("same", "".join(old[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("removed", "".join(old[i1:i2])))
        if j2 > j1:
            runs.append(("added", "".join(new[j1:j2])))
    return runs
