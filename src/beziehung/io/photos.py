"""Contact photos kept small: large ones are scaled down before they are stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from beziehung.core.errors import invalid
from beziehung.core.services.contact_input import MAX_PHOTO_BYTES

LONGEST_SIDE = 400


def load_file(path: Path) -> bytes:
    """A picture file as JPEG bytes of at most LONGEST_SIDE pixels; a clear error otherwise."""
    image = QImage(str(path))
    if image.isNull():
        raise invalid(
            "photo_unreadable", "{name} is not a picture that can be read", name=path.name
        )
    return _jpeg(image)


def _jpeg(image: QImage) -> bytes:
    if max(image.width(), image.height()) > LONGEST_SIDE:
        image = image.scaled(
            LONGEST_SIDE,
            LONGEST_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs ask for bytes, but PySide6 (6.11) accepts only str here and rejects bytes.
    image.save(buffer, "JPEG", 85)  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def fit(photo: bytes | None) -> bytes | None:
    """The photo as it is when small enough, else a scaled JPEG; None if unreadable."""
    if photo is None or len(photo) <= MAX_PHOTO_BYTES:
        return photo
    image = QImage.fromData(QByteArray(photo))
    return None if image.isNull() else _jpeg(image)
