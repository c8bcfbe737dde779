"""Fails when a PNG screenshot is missing or all one colour: a page that rendered
blank. Shared by make html-check and make docx-check (standard library only)."""
import struct
import sys
import zlib

for path in sys.argv[1:]:
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    distinct = len(set(zlib.decompress(idat)[::7]))
    if distinct < 8:
        sys.exit(f"{path}: blank page ({distinct} distinct byte values)")
