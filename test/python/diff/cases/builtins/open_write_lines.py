import os

folder = "open_write_lines"
os.mkdir(folder)
path = folder + "/scores.csv"
rows = [("ann", 90), ("bob", 72), ("cy", 85)]
with open(path, "w") as out:
    out.write("name,score\n")
    for name, score in rows:
        print(name, score, sep=",", file=out)
    out.writelines(["eve,60\n", "fay,99\n"])
with open(path) as src:
    header = src.readline().strip().split(",")
    records = [line.strip().split(",") for line in src]
print(header)
print(records)
best = max(records, key=lambda r: int(r[1]))
print("best:", best[0])
with open(path, "w") as out:
    out.write("overwritten")
with open(path) as src:
    print(src.read())
os.remove(path)
os.rmdir(folder)
