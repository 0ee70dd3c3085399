# forkscope: subprocess.call() runs nslookup www.python.org
# source: document 000 (多进程(multiprocessing)(在Windows上实现)), example 5 — ../shared/seeds/examples/000_05.py
# shows: The command's output goes straight to the terminal between the parent's two lines and call() returns its exit code, 0. On windows the virtual nslookup answers in the Chinese-locale format the document shows; the linux variant shows BIND's format.
# options: --platform windows
# variant linux: --platform linux

import subprocess

print('$ nslookup www.python.org')
r=subprocess.call(['nslookup','www.python.org'])
print('Exit code:',r)

'''
# Output:
$ nslookup www.python.org
服务器:  UnKnown
Address:  192.168.101.1

非权威应答:
名称:    dualstack.python.map.fastly.net
Addresses:  2a04:4e42:36::223
          151.101.108.223
Aliases:  www.python.org

Exit code: 0
'''
