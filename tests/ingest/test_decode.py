import codecs

import pytest

from pipeline.errors import InputError
from pipeline.ingest.decode import decode

SIMPLIFIED = "今年3月末，Kimi一度火到宕机。近日，有部分用户发现，Kimi推出了打赏功能。"
TRADITIONAL = "今年3月末，Kimi一度火到當機。近日，有部分用戶發現，Kimi推出了打賞功能。"


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8-sig"),
        (SIMPLIFIED.encode("utf-16"), SIMPLIFIED, "utf-16"),
        (SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030"),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gb18030"),
        (TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
        (TRADITIONAL.encode("utf-8"), TRADITIONAL, "utf-8"),
        # Traditional characters in a GB18030 file are still GB18030, not Big5.
        (TRADITIONAL.encode("gb18030"), TRADITIONAL, "gb18030"),
        (b"", "", "utf-8"),
    ],
)
def test_decodes_chinese_encodings(data, text, encoding):
    assert decode(data, "a.txt") == (text, encoding)


def test_binary_is_refused_naming_the_file():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\xfd\x80\x81" * 20
    with pytest.raises(InputError, match=r"^pic\.txt: binary file \(a PNG image\), not text$"):
        decode(png, "pic.txt")
