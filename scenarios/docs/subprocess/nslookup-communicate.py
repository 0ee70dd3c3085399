# forkscope: Popen() and communicate() feed nslookup its commands
# source: document 000 (多进程(multiprocessing)(在Windows上实现)), example 6 — ../shared/seeds/examples/000_06.py
# shows: stdin, stdout and stderr are pipes: communicate() writes 'set q=mx', 'python.org', 'exit', waits for nslookup to end and returns its output as bytes, which the parent decodes and prints (print adds a blank line), then the return code. The document shows BIND's format, from a Unix machine, so the canonical platform is linux.
# variant windows: --platform windows

import subprocess

print('$ nslookup')
p = subprocess.Popen(['nslookup'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
output, err = p.communicate(b'set q=mx\npython.org\nexit\n')
print(output.decode('utf-8'))
print('Exit code:', p.returncode)

'''
# Output:

$ nslookup
Server:		192.168.19.4
Address:	192.168.19.4#53

Non-authoritative answer:
python.org	mail exchanger = 50 mail.python.org.

Authoritative answers can be found from:
mail.python.org	internet address = 82.94.164.166
mail.python.org	has AAAA address 2001:888:2000:d::a6


Exit code: 0
'''
