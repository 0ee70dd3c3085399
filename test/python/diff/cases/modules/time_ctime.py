import time

for secs in [0, 1, 59, 86399, 86400, 10 ** 9, 999308800, 1234567890, 2 ** 31 - 1, 951782400, -86400]:
    print(secs, time.ctime(secs))
print(time.ctime(1.9), time.ctime(1e9))
print(len(time.ctime()), time.ctime()[-5:-4] == " ")
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday)
