# Modeled on: https://app.studyraid.com/fr/read/14391/490527/extracting-information-from-log-files-using-patterns
import re
import numpy as np

log_line = '127.0.0.1 - - [10/Oct/2023:13:55:36 -0700] "GET /index.html HTTP/1.1" 200 2326'
pattern = r'^(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}).*\[(.*?)\]'
print(re.match(pattern, log_line).groups())

log_data = '''ERROR 2023-10-10: Connection timeout
    Details: Failed to connect to DB at 10.0.0.5
    Retrying...
INFO 2023-10-10: ok
ERROR 2023-10-11: Disk full
    Details: /var at 100%'''
matches = re.findall(r'^ERROR.*?(?=\n\S|\Z)', log_data, re.DOTALL | re.MULTILINE)
print(matches)

status_pattern = r'\s"(?:GET|POST)\s[^"]+"\s(?P<status>\d{3})\s(?P<bytes>\d+)'
match = re.search(status_pattern, log_line)
print(f"Status: {match.group('status')}, Bytes: {match.group('bytes')}")

# Next: many lines, bytes as a running total, per status.
access = '''10.0.0.1 - - [10/Oct/2023:13:55:36 -0700] "GET /index.html HTTP/1.1" 200 2326
10.0.0.2 - - [10/Oct/2023:13:55:40 -0700] "POST /login HTTP/1.1" 302 512
10.0.0.1 - - [10/Oct/2023:13:56:01 -0700] "GET /missing HTTP/1.1" 404 0
10.0.0.3 - - [10/Oct/2023:13:57:12 -0700] "GET /big.iso HTTP/1.1" 200 734003200
10.0.0.2 - - [10/Oct/2023:13:58:00 -0700] "DELETE /x HTTP/1.1" 405 97'''
rx = re.compile(status_pattern)
found = [m.groupdict() for m in rx.finditer(access)]
print(found)
sizes = np.array([int(d['bytes']) for d in found])
print(sizes, np.cumsum(sizes), np.cumsum(sizes, dtype=np.int32))
ok = np.array([d['status'].startswith('2') for d in found])
print(np.cumsum(ok), np.cumsum(sizes * ok))
times = re.findall(r'\[\d+/\w+/\d+:(\d\d):(\d\d):(\d\d)', access)
secs = np.array([int(h) * 3600 + int(m) * 60 + int(s) for h, m, s in times])
print(secs - secs[0], np.diff(secs), np.cumsum(np.diff(secs)))
print(rx.groupindex['bytes'], rx.groups, [m.lastgroup for m in rx.finditer(access)][:2])
print(re.sub(r'(?P<ip>\d+\.\d+\.\d+\.)\d+', r'\g<ip>x', access.splitlines()[0]))
