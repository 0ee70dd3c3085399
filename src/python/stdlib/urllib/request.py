"""urllib.request: urlopen over forkscope's simulated network.

A request blocks the calling process for the host's latency (it shows as blocked on
I/O); an unknown host fails its name lookup, as a real resolver would, with the
error text of the simulated platform.
"""

import sys
import _forkscope
from urllib.error import URLError, HTTPError

__all__ = ['Request', 'urlopen']

_REASONS = {200: 'OK', 301: 'Moved Permanently', 302: 'Found', 400: 'Bad Request',
            403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 503: 'Service Unavailable'}


class gaierror(OSError):
    pass


gaierror.__module__ = 'socket'


class Request:
    def __init__(self, url, data=None, headers={}, method=None):
        self.full_url = url
        self.data = data
        self.headers = dict(headers)
        self.method = method

    def get_method(self):
        if self.method is not None:
            return self.method
        return 'GET' if self.data is None else 'POST'

    def get_full_url(self):
        return self.full_url


class HTTPResponse:
    def __init__(self, url, status, body):
        self.url = url
        self.status = status
        self.code = status
        self.reason = _REASONS.get(status, '')
        self._body = body.encode('utf-8')
        self.closed = False

    def read(self, amt=None):
        if amt is None or amt < 0:
            data, self._body = self._body, b''
        else:
            data, self._body = self._body[:amt], self._body[amt:]
        return data

    def getcode(self):
        return self.status

    def geturl(self):
        return self.url

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def urlopen(url, data=None, timeout=None):
    req = url if isinstance(url, Request) else Request(url, data)
    result = _forkscope.http_request(req.get_method(), req.full_url)
    if result is None:
        if sys.platform == 'win32':
            raise URLError(gaierror(11001, 'getaddrinfo failed'))
        raise URLError(gaierror(-2, 'Name or service not known'))
    status, body, final = result
    if status >= 400:
        raise HTTPError(final, status, _REASONS.get(status, ''), {}, None)
    return HTTPResponse(final, status, body)
