"""The suite itself: it reaches no address but 127.0.0.1 (pytest-socket), so no test can touch the real site."""
import socket

import pytest
from pytest_socket import SocketConnectBlockedError


def test_a_connection_anywhere_but_127_0_0_1_is_refused():
    # 127.0.0.2 is loopback too: nothing leaves the machine even if the guard were off
    with socket.socket() as sock, pytest.warns(UserWarning), pytest.raises(SocketConnectBlockedError):
        sock.connect(("127.0.0.2", 9))


def test_127_0_0_1_is_allowed(fake_site):
    port = int(fake_site.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        assert sock.getpeername() == ("127.0.0.1", port)
