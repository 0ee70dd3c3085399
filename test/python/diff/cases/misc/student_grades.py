students = {
    "张伟": [88, 92, 79],
    "王芳": [95, 98, 100],
    "李娜": [72, 65, 80],
    "刘洋": [59, 61, 58],
    "陈静": [85, 85, 90],
}


def letter(avg):
    if avg >= 90:
        return "优"
    elif avg >= 80:
        return "良"
    elif avg >= 60:
        return "及格"
    return "不及格"


averages = {name: sum(s) / len(s) for name, s in students.items()}
ranking = sorted(averages.items(), key=lambda kv: kv[1], reverse=True)
print("排名  姓名  平均分  等级")
for rank, (name, avg) in enumerate(ranking, 1):
    print(f"{rank:>2}.  {name}  {avg:6.2f}  {letter(avg)}")
best = max(students, key=lambda n: max(students[n]))
print("最高单科:", best, max(students[best]))
failed = [n for n, a in averages.items() if a < 60]
print("不及格名单:", "、".join(failed) if failed else "无")
all_scores = [x for s in students.values() for x in s]
print("全班平均:", round(sum(all_scores) / len(all_scores), 2))
buckets = {}
for name, avg in averages.items():
    buckets.setdefault(letter(avg), []).append(name)
for grade in ["优", "良", "及格", "不及格"]:
    print(grade, buckets.get(grade, []))
