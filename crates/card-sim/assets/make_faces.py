"""Makes the simulator's face photo stand-ins: small synthetic portraits (no real person) encoded
as JPEG 2000 codestreams (.j2k) that fit the chip's 3000-byte D1 data object.

Run with Pillow (OpenJPEG support): python3 make_faces.py
"""
from PIL import Image, ImageDraw

W, H = 96, 120

def face(bg, skin, hair, shirt):
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    d.ellipse((18, 96, 78, 150), fill=shirt)          # shoulders
    d.rectangle((40, 78, 56, 100), fill=skin)          # neck
    d.ellipse((24, 20, 72, 84), fill=skin)             # head
    d.pieslice((22, 14, 74, 64), 180, 360, fill=hair)  # hair
    d.ellipse((34, 44, 42, 50), fill=(40, 30, 30))     # eyes
    d.ellipse((54, 44, 62, 50), fill=(40, 30, 30))
    d.line((48, 50, 46, 62), fill=(150, 100, 80), width=2)
    d.arc((38, 60, 58, 74), 20, 160, fill=(150, 60, 60), width=2)
    return img

faces = {
    "face-a.j2k": face((225, 230, 240), (233, 196, 160), (40, 30, 20), (60, 80, 140)),
    "face-b.j2k": face((230, 235, 230), (200, 160, 120), (20, 20, 20), (140, 60, 60)),
}
for name, img in faces.items():
    for rate in (10, 15, 20, 30, 40, 60):
        img.save(name, "JPEG2000", quality_mode="rates", quality_layers=[rate], irreversible=True)
        import os
        if os.path.getsize(name) <= 2900:
            break
    print(name, os.path.getsize(name))
