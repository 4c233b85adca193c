import pytest

from pipeline.ingest.ids import safe_id


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("000_a47795d20e9f08a9", "000_a47795d20e9f08a9"),
        ("xwlb-VIDE1355098166319214", "xwlb-VIDE1355098166319214"),
        ("../../x", "x"),
        ("/etc/passwd", "etc_passwd"),
        ("新闻 2024/05", "新闻_2024_05"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("..", None),
        ("", None),
    ],
)
def test_safe_id(raw, expected):
    result = safe_id(raw)
    if expected is None:
        assert result.startswith("doc-")
    else:
        assert result == expected
    assert "/" not in result and "\\" not in result and not result.startswith(".")


def test_long_ids_are_cut_with_a_digest():
    result = safe_id("新" * 300)
    assert len(result) <= 100 and result != safe_id("新" * 299)
