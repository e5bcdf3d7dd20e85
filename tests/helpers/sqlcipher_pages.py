"""Decrypt every page of a SQLCipher 4 file and every frame of its WAL, given the raw key.

Used by tests that must prove a deleted record is gone even for someone holding the key:
SQLCipher's own API would only show the live rows, never the stale bytes on disk.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
IV_SIZE = 16
RESERVE = IV_SIZE + 64  # IV + HMAC-SHA512
SALT_SIZE = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = SALT_SIZE if first else 0
    body = page[start : PAGE_SIZE - RESERVE]
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + IV_SIZE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(database: Path, key: bytes) -> list[bytes]:
    data = database.read_bytes() if database.exists() else b""
    pages = []
    for offset in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        pages.append(decrypt_page(data[offset : offset + PAGE_SIZE], key, offset == 0))
    return pages


def decrypted_wal_frames(wal: Path, key: bytes) -> list[bytes]:
    data = wal.read_bytes() if wal.exists() else b""
    frames = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE_SIZE <= len(data):
        page_number = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE_SIZE]
        frames.append(decrypt_page(page, key, page_number == 1))
        offset += FRAME_HEADER + PAGE_SIZE
    return frames


def plaintext_anywhere(database: Path, key: bytes) -> bytes:
    """Every decrypted page and WAL frame, concatenated."""
    wal = database.with_name(database.name + "-wal")
    return b"".join(decrypted_pages(database, key) + decrypted_wal_frames(wal, key))
