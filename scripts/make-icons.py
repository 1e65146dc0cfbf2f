#!/usr/bin/env python3
"""Renders the app icons (public/icons/*.png) from the favicon's shapes: a counter window over
a desk. Pure Python (zlib), deterministic; run again only when the design changes."""
import struct
import sys
import zlib
from pathlib import Path

BLUE = (0x1F, 0x4E, 0x8C)
WHITE = (0xFF, 0xFF, 0xFF)
# Shapes in the favicon's 64-unit box: (x, y, w, h, radius, colour).
SHAPES = [(14, 16, 36, 24, 3, WHITE), (10, 44, 44, 6, 2, WHITE)]


def inside(px, py, x, y, w, h, r):
    if not (x <= px <= x + w and y <= py <= y + h):
        return False
    cx = min(max(px, x + r), x + w - r)
    cy = min(max(py, y + r), y + h - r)
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r


def render(size, maskable):
    # A maskable icon fills its square and keeps the drawing in the central 80 % safe zone.
    scale, offset = (size / 64 * 0.8, size * 0.1) if maskable else (size / 64, 0.0)
    background = (0, 0, 64, 64, 0 if maskable else 12)
    samples = 3
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(samples):
                for si in range(samples):
                    px = (i + (si + 0.5) / samples) * 64 / size
                    py = (j + (sj + 0.5) / samples) * 64 / size
                    if not inside(px, py, *background):
                        continue
                    colour = BLUE
                    ux = (i + (si + 0.5) / samples - offset) / scale
                    uy = (j + (sj + 0.5) / samples - offset) / scale
                    for x, y, w, h, r, c in SHAPES:
                        if inside(ux, uy, x, y, w, h, r):
                            colour = c
                    acc[0] += colour[0]
                    acc[1] += colour[1]
                    acc[2] += colour[2]
                    acc[3] += 255
            n = samples * samples
            alpha = acc[3] // n
            if alpha:
                row += bytes(round(acc[k] / (acc[3] / 255)) for k in range(3)) + bytes([alpha])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


out = Path(sys.argv[1] if len(sys.argv) > 1 else "public/icons")
out.mkdir(parents=True, exist_ok=True)
for size in (192, 512):
    (out / f"icon-{size}.png").write_bytes(render(size, False))
    (out / f"maskable-{size}.png").write_bytes(render(size, True))
