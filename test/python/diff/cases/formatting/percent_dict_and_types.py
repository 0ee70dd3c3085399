record = {"user": "kim", "score": 97.456, "rank": 3}
print("%(user)s scored %(score).1f (rank #%(rank)d)" % record)
print("%(user)10s|%(user)-10s|" % record)
print("%s %s %s" % ("a", 1, 2.0), "%r %r" % ("a", 2.0), "%s" % {"k": "v"})
print("%5.1f%%" % 99.44, "%x-%o" % (3054, 3054), "%03d:%02d" % (7, 5))
print("%c%c%c" % (72, 105, 33), "%-4d|" % 7, "%+.2e" % 12345)
print("%10.4s|" % "abcdefgh", "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
