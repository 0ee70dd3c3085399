"""urllib: the package; forkscope simulates urllib.request.urlopen and urllib.error."""
