"""The comparison of a correction with the sent version marks what changed word by word, in the text's
own letters: the monospaced side-by-side table cut Vietnamese words and drew their marks apart."""

from reports.diffs import word_diff


def test_it_marks_the_words_removed_and_added_and_keeps_the_rest():
    before = "Đã tiếp nhận 120 hồ sơ,\ntrong đó 118 hồ sơ đúng hạn."
    after = "Đã tiếp nhận 125 hồ sơ,\ntrong đó 123 hồ sơ đúng hạn."
    runs = word_diff(before, after)
    assert runs == [
        ("same", "Đã tiếp nhận "),
        ("removed", "120"),
        ("added", "125"),
        ("same", " hồ sơ,\ntrong đó "),
        ("removed", "118"),
        ("added", "123"),
        ("same", " hồ sơ đúng hạn."),
    ]
    assert "".join(t for k, t in runs if k != "added") == before
    assert "".join(t for k, t in runs if k != "removed") == after


def test_a_new_text_is_all_added():
    assert word_diff("", "Bổ sung kết quả triển khai.") == [("added", "Bổ sung kết quả triển khai.")]
