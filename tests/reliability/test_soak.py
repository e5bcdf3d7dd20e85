"""Soak: random operations for a while on a vault of many people; memory stays bounded and the
audit chain still verifies at the end. CI: 1 000 people for 15 s; ``make reliability``:
10 000 people for 10 minutes."""

from __future__ import annotations

import dataclasses
import random
import time
from pathlib import Path

import pytest

from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup, new_id
from bizhr_desktop.services import demo, vaults
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.vault.keys import KdfParams
from tests.reliability.harness import SEED, record, scaled

PEOPLE = scaled(1_000, 10_000)
SECONDS = scaled(15, 600)
RSS_GROWTH_LIMIT_MB = 150


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


@pytest.mark.slow
@pytest.mark.timeout(SECONDS + 900)  # the soak itself, building the vault and the checks
def test_random_operations_for_a_while_keep_memory_bounded_and_the_audit_chain_whole(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    created = vaults.create(vault_path, passphrase, kdf=fast_kdf)
    session = vaults.VaultSession(created.vault)
    demo.populate(session, PEOPLE, 50, 10)
    rng = random.Random(SEED)
    start_rss = _rss_mb()
    peak = start_rss
    operations = 0
    deadline = time.monotonic() + SECONDS
    try:
        while time.monotonic() < deadline:
            people = PeopleService(session.vault.db, session.vault.audit)
            choice = rng.random()
            if choice < 0.3:
                people.add(
                    Person(
                        id=new_id(),
                        full_name=f"Soak Person {operations}",
                        stakeholder_group=rng.choice(list(StakeholderGroup)),
                        risk_level=rng.choice(list(RiskLevel)),
                        country=rng.choice(["KE", "FR", "MM", "CO", "SD"]),
                    )
                )
            elif choice < 0.55:
                ids = people.ids(PeopleQuery(text=rng.choice(["Soak", "a", "Mar", "e"])))
                if ids:
                    person = people.get(rng.choice(ids))
                    people.update(dataclasses.replace(person, role=f"role {operations}"))
            elif choice < 0.85:
                people.page(PeopleQuery(text=rng.choice(["", "Kenya", "o"])), 0, 200)
            elif choice < 0.95:
                people.count(PeopleQuery())
            else:
                for old in tmp_path.glob("soak-*.bizhr-backup"):  # backups are never replaced
                    old.unlink()
                vaults.backup(session, tmp_path / f"soak-{operations}.bizhr-backup")
            operations += 1
            peak = max(peak, _rss_mb())
        problems = vaults.verify(session)
    finally:
        session.lock()
    growth = peak - start_rss
    record(
        "soak",
        case=f"{PEOPLE} people, {SECONDS} s",
        ok=not problems and growth <= RSS_GROWTH_LIMIT_MB,
        operations=operations,
        rss_growth_mb=round(growth, 1),
    )
    assert problems == []
    assert growth <= RSS_GROWTH_LIMIT_MB, f"RSS grew {growth:.0f} MB over {operations} operations"
