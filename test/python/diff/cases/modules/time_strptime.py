import time
t = time.strptime('2024-03-05 14:30:01', '%Y-%m-%d %H:%M:%S')
print(t, t.tm_year, t.tm_yday, t.tm_wday)
print(time.strptime('30 Nov 00', '%d %b %y'))
print(time.strftime('%Y-%m-%d', time.strptime('1/2/2023', '%m/%d/%Y')))
try:
    time.strptime('x', '%Y')
except ValueError as e:
    print(e)
