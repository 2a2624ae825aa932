#!/usr/bin/env python3
"""Draws the add-in icons (assets/icon-{16,32,64,80,128}.png): a white envelope with a green check mark on a navy
rounded square. Pure Python (zlib + struct), so any machine can regenerate them; anti-aliased by 4x4 supersampling."""
import os
import struct
import zlib

NAVY = (0x1F, 0x3A, 0x68)
WHITE = (0xFF, 0xFF, 0xFF)
GREEN = (0x2E, 0xA0, 0x4B)
SIZES = (16, 32, 64, 80, 128)
SS = 4


def inside_rounded(x, y, r):
    cx = min(max(x, r), 1 - r)
    cy = min(max(y, r), 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def dist_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    qx, qy = ax + t * dx, ay + t * dy
    return ((px - qx) ** 2 + (py - qy) ** 2) ** 0.5


def colour_at(x, y):
    """x, y in [0, 1). Returns (r, g, b, a)."""
    if not inside_rounded(x, y, 0.18):
        return (0, 0, 0, 0)
    # Envelope body and flap lines.
    ex0, ey0, ex1, ey1 = 0.16, 0.26, 0.84, 0.72
    if ex0 <= x <= ex1 and ey0 <= y <= ey1:
        flap = min(dist_to_segment(x, y, ex0, ey0, 0.5, 0.52), dist_to_segment(x, y, ex1, ey0, 0.5, 0.52))
        colour = NAVY if flap < 0.035 else WHITE
    else:
        colour = NAVY
    # Check mark badge, bottom right.
    bx, by, br = 0.72, 0.72, 0.2
    if (x - bx) ** 2 + (y - by) ** 2 <= br * br:
        colour = GREEN
        stroke = min(dist_to_segment(x, y, 0.63, 0.72, 0.69, 0.79), dist_to_segment(x, y, 0.69, 0.79, 0.81, 0.65))
        if stroke < 0.035:
            colour = WHITE
    return colour + (255,)


def render(size):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SS):
                for sx in range(SS):
                    c = colour_at((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size)
                    for i in range(3):
                        acc[i] += c[i] * c[3]
                    acc[3] += c[3]
            a = acc[3] / (SS * SS)
            rgb = [int(round(acc[i] / acc[3])) if acc[3] else 0 for i in range(3)]
            row.extend(rgb + [int(round(a))])
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, pixels):
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels, 9)) + chunk(b"IEND", b"")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets")
    os.makedirs(out, exist_ok=True)
    for size in SIZES:
        with open(os.path.join(out, f"icon-{size}.png"), "wb") as f:
            f.write(png(size, render(size)))


if __name__ == "__main__":
    main()
