"""DSGVO Art. 15 access export: one zip with the PDF history, every stored field as JSON,
and the vCard."""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from beziehung.core.services.history import chronological
from beziehung.io.atomic import atomic_path
from beziehung.io.fields import contact_json, json_value
from beziehung.io.history import write_history_pdf
from beziehung.io.vcard import write_vcards

if TYPE_CHECKING:
    from beziehung.core.services import Services

README = """Auskunft nach Art. 15 DSGVO

history.pdf   der vollständige Gesprächsverlauf
data.json     alle gespeicherten Angaben zu Ihrer Person (Zeiten in UTC)
contact.vcf   Ihre Kontaktdaten als vCard
"""


def export_access(services: Services, contact_id: int, out: Path) -> Path:
    detail = chronological(services.contacts.get(contact_id))
    data = contact_json(detail, history=True)
    data["photo_base64"] = base64.b64encode(detail.photo).decode("ascii") if detail.photo else None
    data["exported_at"] = json_value(services.context.clock.now())
    with atomic_path(out) as partial:
        # The PDF is made beside the zip, so that it never lands in a shared temporary folder.
        pdf = partial.with_name(partial.name + ".pdf")
        try:
            write_history_pdf(services, [detail], pdf)
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("LIESMICH.txt", README)
                archive.write(pdf, "history.pdf")
                archive.writestr("data.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n")
                archive.writestr("contact.vcf", write_vcards([detail]))
        finally:
            pdf.unlink(missing_ok=True)
    return out
