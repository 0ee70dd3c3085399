menu = {"1": "米饭", "2": "面条", "3": "饺子"}
print("菜单：")
for key, dish in menu.items():
    print(f"  {key}. {dish}")
orders = []
while True:
    choice = input("请选择（q 退出）：")
    if choice == "q":
        break
    if choice in menu:
        orders.append(menu[choice])
        print("已点：" + menu[choice])
    else:
        print("无效选择：" + choice)
print("您点了", len(orders), "道菜：", "、".join(orders))
