"""A data folder on a network share is refused before a database is opened (issue 14 item 4):
UNC paths (what a mapped drive becomes after resolve()), a mapped drive letter on Windows, an
NFS/CIFS mount on Linux; and the machine-wide data folder (item 7)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import ido_desk.config as config
from ido_desk.cli.main import main
from ido_desk.config import NetworkFolder, network_location, resolve_paths
from ido_desk.desk import open_desk

SHARE = r"\\bibliotheek-nas\ido"


@pytest.mark.parametrize(
    ("where", "share"),
    [
        (SHARE + r"\IDO Desk", SHARE),
        ("//bibliotheek-nas/ido/IDO Desk", SHARE),
        (r"\\?\UNC\bibliotheek-nas\ido\IDO Desk", SHARE),
        (r"\\bibliotheek-nas\ido", SHARE),
    ],
)
def test_unc_paths_are_network_locations_on_windows(where: str, share: str) -> None:
    assert network_location(where, windows=True) == f"de netwerkmap {share}"


@pytest.mark.parametrize(
    "where", [r"C:\Users\balie\AppData\Local\IDO Desk", r"\\?\C:\IDO Desk", r"\\.\PhysicalDrive0"]
)
def test_local_windows_paths_are_not(where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "_drive_type", lambda drive: 3)  # DRIVE_FIXED
    assert network_location(where, windows=True) is None


def test_a_mapped_network_drive_is_a_network_location(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def drive_type(drive: str) -> int:
        asked.append(drive)
        return config.DRIVE_REMOTE if drive.upper() == "Z:" else 3

    monkeypatch.setattr(config, "_drive_type", drive_type)
    assert network_location(r"z:\IDO Desk", windows=True) == "de netwerkschijf Z:"
    assert network_location(r"C:\IDO Desk", windows=True) is None
    assert asked == ["z:", "C:"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths and /proc/mounts")
def test_an_nfs_or_cifs_mount_is_a_network_location_on_linux(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "nas:/export /mnt/nas nfs4 rw 0 0\n"
        "//nas/ido /mnt/ido\\040share cifs rw 0 0\n"
        "/dev/sdb1 /mnt/nas/local ext4 rw 0 0\n"
    )
    monkeypatch.setattr(config, "MOUNTS", mounts)
    assert network_location("/mnt/nas/IDO Desk", windows=False) == "een netwerkkoppeling (nfs4)"
    assert network_location("/mnt/ido share/x", windows=False) == "een netwerkkoppeling (cifs)"
    assert network_location("/mnt/nas/local/x", windows=False) is None
    assert network_location("/mnt/nasx", windows=False) is None
    assert network_location("/home/balie", windows=False) is None


def test_a_unc_data_folder_is_refused_before_a_database_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    paths = resolve_paths(SHARE + r"\IDO Desk", environ={})
    assert paths.network == f"de netwerkmap {SHARE}"
    with pytest.raises(NetworkFolder) as caught:
        open_desk(paths)
    assert "netwerk" in caught.value.message and "--data-dir" in caught.value.message
    assert not paths.data_dir.exists()  # nothing was made (on Linux the name is a local one)


def test_a_database_url_on_a_share_is_refused_too(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path, f"sqlite:///{SHARE}\\ido-desk.sqlite", environ={})
    assert paths.network is not None
    env_paths = resolve_paths(SHARE, environ={"IDO_DESK_DATA_DIR": "ignored"})
    assert env_paths.network is not None
    from_env = resolve_paths(environ={"IDO_DESK_DATA_DIR": SHARE})
    assert from_env.network is not None


def test_a_local_folder_and_postgresql_are_not_refused(tmp_path: Path) -> None:
    assert resolve_paths(tmp_path / "data", environ={}).network is None
    assert resolve_paths(SHARE, "postgresql://hub/ido", environ={}).network is None


def test_the_cli_refuses_a_share_with_one_line_and_then_works_locally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", SHARE + r"\IDO Desk", "lists"]) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "netwerkschijf" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
    assert main(["--data-dir", str(tmp_path / "lokaal"), "lists"]) == 0
    assert main(["--lang", "en", "--data-dir", SHARE + r"\IDO Desk", "lists"]) == 4
    err = capsys.readouterr().err
    assert f"would be on the network folder {SHARE} (" in err, err  # was "on de netwerkmap"
    assert "netwerk" not in err, err


def test_the_machine_wide_folder_is_known(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    shared = tmp_path / "ProgramData" / "IDO Desk"
    monkeypatch.setattr(config, "machine_data_dir", lambda: shared)
    assert resolve_paths(environ={"IDO_DESK_DATA_DIR": str(shared)}).machine_wide
    assert resolve_paths(shared / "sub", environ={}).machine_wide
    assert not resolve_paths(tmp_path / "eigen", environ={}).machine_wide
