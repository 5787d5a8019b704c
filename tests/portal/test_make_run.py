"""`make run ADDR=0.0.0.0:…` listens on the network: the portal must then answer to this machine's names and
addresses, which Django otherwise refuses with a 400 (ALLOWED_HOSTS is localhost only); on loopback it stays
localhost only. `run` exports the list with ?=, so a DJANGO_ALLOWED_HOSTS set by the person wins."""

import socket
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRINT = """include Makefile
hosts:
\t@echo "$(ALLOWED_HOSTS)"
"""


def allowed_hosts(*args):
    result = subprocess.run(
        ["make", "-s", "-f", "-", "hosts", *args],
        input=PRINT,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip().split(",")


def test_it_answers_to_the_machines_names_when_listening_on_the_network():
    hosts = allowed_hosts("ADDR=0.0.0.0:8000")
    assert hosts[:3] == ["localhost", "127.0.0.1", "[::1]"]
    assert socket.gethostname() in hosts
    addresses = subprocess.run(["hostname", "-I"], capture_output=True, text=True, check=True).stdout.split()
    assert addresses and all((f"[{a}]" if ":" in a else a) in hosts for a in addresses)


def test_it_stays_on_localhost_on_loopback():
    assert allowed_hosts() == ["localhost", "127.0.0.1", "[::1]"]
    assert allowed_hosts("ADDR=127.0.0.1:8123") == ["localhost", "127.0.0.1", "[::1]"]
