"""File formats: data into files and back. No widgets here; services do the writing."""
