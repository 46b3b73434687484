"""Contact photos kept small: large ones are scaled down before they are stored."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from beziehung.core.services.contacts import MAX_PHOTO_BYTES

LONGEST_SIDE = 400


def fit(photo: bytes | None) -> bytes | None:
    """The photo as it is when small enough, else a scaled JPEG; None if unreadable."""
    if photo is None or len(photo) <= MAX_PHOTO_BYTES:
        return photo
    image = QImage.fromData(QByteArray(photo))
    if image.isNull():
        return None
    scaled = image.scaled(
        LONGEST_SIDE,
        LONGEST_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    scaled.save(buffer, "JPEG", 85)
    buffer.close()
    return bytes(data.data())
