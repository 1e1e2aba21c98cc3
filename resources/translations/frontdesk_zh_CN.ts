<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountService</name>
    <message>
        <source>There is no account with that name.</source>
        <translation>没有该登录名的账号。</translation>
    </message>
    <message>
        <source>A sign-in name is 2 to 32 letters, digits, dots, dashes or underscores (e.g. zhang.wei).</source>
        <translation>登录名须为 2 至 32 位字母、数字、点、连字符或下划线（如 zhang.wei）。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter your sign-in name.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The sign-in name or password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>This account has been switched off. Ask an administrator.</source>
        <translation>该账号已停用，请联系系统管理员。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for another %n minute(s), or until an administrator resets it.</source>
        <translation>
            <numerusform>密码错误次数过多：该账号还将锁定 %n 分钟，或由系统管理员重置密码后解锁。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n minute(s).</source>
        <translation>
            <numerusform>密码错误次数过多：该账号已被锁定 %n 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in name or password is wrong (%n tries left before the account locks).</source>
        <translation>
            <numerusform>登录名或密码错误（还可尝试 %n 次，之后账号将被锁定）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the person&apos;s name as colleagues know it.</source>
        <translation>请输入姓名（填写同事们熟悉的称呼）。</translation>
    </message>
    <message>
        <source>The sign-in name %1 is already taken.</source>
        <translation>登录名 %1 已被占用。</translation>
    </message>
    <message>
        <source>You cannot switch off your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>Sign in to change your own password.</source>
        <translation>请先登录，再修改自己的密码。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>ArchiveWidget</name>
    <message>
        <source>PDF and pictures (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>PDF 和图片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>ArrearsService</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Write why it is unpaid, or what was said or done.</source>
        <translation>请写明欠费原因，或沟通的内容和结果。</translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation>该房号不在住户档案中。</translation>
    </message>
    <message>
        <source>This unit has no bill unpaid after its due day.</source>
        <translation>该户没有逾期未缴的账单。</translation>
    </message>
    <message>
        <source>Three notices have been issued for these arrears; the manager refers the unit for legal handling.</source>
        <translation>这笔欠费已发出三次催款告知书，应由管理处经理转交法律程序处理。</translation>
    </message>
    <message>
        <source>Notice %1 went on %2; the next may go from %3.</source>
        <translation>催款告知书 %1 已于 %2 发出，下一次最早可在 %3 发出。</translation>
    </message>
    <message>
        <source>Only %1 of the three dunning notices have been issued for these arrears.</source>
        <translation>这笔欠费三次催款告知书中只发出了 %1 次。</translation>
    </message>
    <message>
        <source>The third notice gives until %1 to pay.</source>
        <translation>第三次告知书的缴费期限为 %1，尚未届满。</translation>
    </message>
    <message>
        <source>This unit is referred for legal handling already.</source>
        <translation>该户已转交法律程序处理。</translation>
    </message>
    <message>
        <source>That dunning notice is not on record.</source>
        <translation>没有这份催款告知书的记录。</translation>
    </message>
    <message>
        <source>Owes fees since %1: %2 unpaid after its due day.</source>
        <translation>自 %1 起欠费：逾期未缴 %2。</translation>
    </message>
    <message>
        <source>Owes fees since %1.</source>
        <translation>自 %1 起欠费。</translation>
    </message>
    <message numerus="yes">
        <source>%n dunning notice(s) sent.</source>
        <translation>
            <numerusform>已发催款告知书 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Referred for legal handling on %1.</source>
        <translation>已于 %1 移交法律处理。</translation>
    </message>
    <message>
        <source>Dunning %1</source>
        <translation>催缴 %1</translation>
    </message>
    <message>
        <source>Dunning notice %1 may go now if it is still unpaid.</source>
        <translation>如仍未缴清，现在可发第 %1 次催款告知书。</translation>
    </message>
    <message>
        <source>The third notice&apos;s deadline has passed: the manager refers it for legal handling if it is still unpaid.</source>
        <translation>第三次告知书已过期限：如仍未缴清，由经理转交法律程序处理。</translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation>催缴</translation>
    </message>
    <message>
        <source>Legal referral</source>
        <translation>转交法律程序</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit event must be written together with its change.</source>
        <translation>审计事件必须与对应的修改一同写入。</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>The audit chain&apos;s head record is missing; run frontdesk --check.</source>
        <translation>审计链的头记录缺失，请运行 frontdesk --check。</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>事件 %1 缺失</translation>
    </message>
    <message>
        <source>event %1 does not link to the event before it</source>
        <translation>事件 %1 与前一个事件的链接不符</translation>
    </message>
    <message>
        <source>event %1 was changed after it was written</source>
        <translation>事件 %1 在写入后被修改过</translation>
    </message>
    <message>
        <source>events after %1 were removed</source>
        <translation>事件 %1 之后的事件已被删除</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>This database is on a PostgreSQL server; back it up there with pg_dump.</source>
        <translation>该数据库位于 PostgreSQL 服务器上，请在服务器上用 pg_dump 备份。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The copy could not be flushed to disk.</source>
        <translation>副本未能写入磁盘。</translation>
    </message>
    <message>
        <source>The copy did not verify, so it was removed. Nothing else changed.</source>
        <translation>副本校验未通过，已将其删除；其他内容均未改动。</translation>
    </message>
    <message>
        <source>The copy could not be moved to %1.</source>
        <translation>无法将副本移动到 %1。</translation>
    </message>
</context>
<context>
    <name>BillingInputs</name>
    <message>
        <source>%1 to %2, %3 of %4 days</source>
        <comment>a period billed in part</comment>
        <translation>%1 至 %2，%4 天中的 %3 天</translation>
    </message>
    <message>
        <source>read %1 → %2</source>
        <comment>a meter&apos;s previous and current reading</comment>
        <translation>读数 %1 → %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>readings times the meter&apos;s ratio</comment>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>BillingService</name>
    <message>
        <source>Write the month to bill as year and month, e.g. 2026-12.</source>
        <translation>请按“年-月”填写计费月份，例如 2026-12。</translation>
    </message>
    <message>
        <source>That charge item is not set up, or it is retired.</source>
        <translation>该收费项目未设立，或已停用。</translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation>该房号不在住户档案中。</translation>
    </message>
    <message>
        <source>Nothing is left to bill for %1: it is billed already, or no item has a rate for it.</source>
        <translation>%1 没有可计费的内容：已经计过费，或没有适用的收费标准。</translation>
    </message>
    <message>
        <source>The charges changed since the preview (%1 now, %2 checked): look at the preview again.</source>
        <translation>预览之后费用已有变化（现为 %1，核对时为 %2）：请重新预览。</translation>
    </message>
    <message>
        <source>That billing run does not exist.</source>
        <translation>没有这次计费。</translation>
    </message>
    <message>
        <source>This run was checked already, by %1 on %2.</source>
        <translation>这次计费已由 %1 于 %2 审核。</translation>
    </message>
    <message>
        <source>You confirmed this run yourself; someone else checks it for finance.</source>
        <translation>这次计费是您本人确认的，须由他人做财务审核。</translation>
    </message>
    <message>
        <source>A manager approves taking a bill back: %1 may not.</source>
        <translation>撤销账单须由管理处经理批准：%1 无此权限。</translation>
    </message>
    <message>
        <source>Say why the bill is taken back.</source>
        <translation>请写明撤销账单的原因。</translation>
    </message>
    <message>
        <source>That bill is not on record.</source>
        <translation>没有这条账单记录。</translation>
    </message>
    <message>
        <source>That bill was taken back already.</source>
        <translation>这条账单已经撤销。</translation>
    </message>
    <message>
        <source>%1 of this bill (%2) is paid: take back the payments that settled it first.</source>
        <translation>这条账单（%2）已收 %1：请先冲销结清它的收款。</translation>
    </message>
    <message>
        <source>Billing runs due</source>
        <translation>待进行的月度计费</translation>
    </message>
    <message>
        <source>Bill %1</source>
        <translation>%1 计费</translation>
    </message>
    <message>
        <source>%1&apos;s first bills are due on %2: preview and confirm its billing run on the Fees page.</source>
        <translation>%1 的账单最早于 %2 到期：请在“收费”页预览并确认该月计费。</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>%1 does not owe a callback.</source>
        <translation>%1 当前无需回访。</translation>
    </message>
    <message>
        <source>Ask whether the matter was handled.</source>
        <translation>请询问客户所反映的事项是否已处理。</translation>
    </message>
    <message>
        <source>Write down what the customer said about the result.</source>
        <translation>请记录客户对处理结果的评价。</translation>
    </message>
    <message>
        <source>Only a repair is dispatched again; reopen the others.</source>
        <translation>只有报修可以二次派工，其他工单请重新打开。</translation>
    </message>
    <message>
        <source>Callback: the customer was not reachable.</source>
        <translation>回访：联系不上客户。</translation>
    </message>
    <message>
        <source>Callback: the customer was not reachable (%1).</source>
        <translation>回访：联系不上客户（%1）。</translation>
    </message>
    <message>
        <source>Handled: %1. Satisfaction: %2.</source>
        <translation>是否已处理：%1。满意情况：%2。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Other opinion: %1</source>
        <translation>其他意见：%1</translation>
    </message>
    <message>
        <source>An opinion becomes a request or a complaint.</source>
        <translation>意见只能转为建议或投诉。</translation>
    </message>
    <message>
        <source>The customer gave no other opinion on this call.</source>
        <translation>本次回访客户没有提出其他意见。</translation>
    </message>
    <message>
        <source>This opinion is already a ticket.</source>
        <translation>该意见已转为工单。</translation>
    </message>
    <message>
        <source>Opinion given on the callback of %1.</source>
        <translation>工单 %1 回访时客户提出的意见。</translation>
    </message>
    <message>
        <source>That callback is not on record.</source>
        <translation>没有这条回访记录。</translation>
    </message>
</context>
<context>
    <name>CashCountService</name>
    <message>
        <source>Count the %1 too: the ledger says %2 was taken.</source>
        <translation>请同时清点%1：账上记录收了 %2。</translation>
    </message>
    <message>
        <source>Write what was counted in yuan, two decimals at most.</source>
        <translation>请以元填写清点金额，最多两位小数。</translation>
    </message>
    <message>
        <source>The count differs from the ledger: say why (over or short, and what was done).</source>
        <translation>清点与账面不符：请说明原因（长款或短款，以及如何处理）。</translation>
    </message>
</context>
<context>
    <name>CashHandoverPrinter</name>
    <message>
        <source>%1 (%2): dunning notice %3 may go now; unpaid since %4.</source>
        <translation>%1（%2）：现在可发第 %3 次催款告知书；自 %4 起欠费。</translation>
    </message>
    <message>
        <source>%1 (%2): three notices sent; for the manager&apos;s legal referral once the last deadline has passed.</source>
        <translation>%1（%2）：已发三次告知书；最后一次期满后由经理转交法律程序。</translation>
    </message>
    <message>
        <source>Cashier&apos;s Handover Sheet</source>
        <translation>收费员交班表</translation>
    </message>
    <message>
        <source>Cashier:</source>
        <translation>收费员：</translation>
    </message>
    <message>
        <source>Takings:</source>
        <translation>收款时段：</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n 笔收款</numerusform>
        </translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Per the ledger</source>
        <translation>账面金额</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点金额</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>差额说明：</translation>
    </message>
    <message>
        <source>Open dunning steps</source>
        <translation>待办催缴事项</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Handed over by:</source>
        <translation>交班人：</translation>
    </message>
    <message>
        <source>Taken over by:</source>
        <translation>接班人：</translation>
    </message>
    <message>
        <source>Cashier&apos;s handover sheet %1</source>
        <translation>收费员交班表 %1</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>停用(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>改名(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>再次输入新密码(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ChargeService</name>
    <message>
        <source>Give the item a short code of letters and digits (up to 12), e.g. WY.</source>
        <translation>请为项目设一个由字母和数字组成的简码（不超过 12 位），例如 WY。</translation>
    </message>
    <message>
        <source>Name the charge item, e.g. 物业管理费.</source>
        <translation>请填写收费项目名称，例如 物业管理费。</translation>
    </message>
    <message>
        <source>The due day is a day of the month from 1 to 28.</source>
        <translation>缴费日为每月 1 至 28 日中的一天。</translation>
    </message>
    <message>
        <source>The site already has an item with the code %1.</source>
        <translation>本项目已有简码为 %1 的收费项目。</translation>
    </message>
    <message>
        <source>Choose a unit type, or every type.</source>
        <translation>请选择房屋类型，或“全部类型”。</translation>
    </message>
    <message>
        <source>Enter the price in yuan, more than zero, with at most two decimals.</source>
        <translation>请以元为单位填写单价，须大于零，最多两位小数。</translation>
    </message>
    <message>
        <source>Enter the day the rate starts.</source>
        <translation>请填写该收费标准的生效日期。</translation>
    </message>
    <message>
        <source>%1 already has a rate from %2. A new rate starts after the last one; rates are never changed.</source>
        <translation>%1 已有自 %2 起的收费标准。新标准须晚于最近一次的生效日期；已有标准不作修改。</translation>
    </message>
    <message>
        <source>That charge item is not set up.</source>
        <translation>该收费项目未设立。</translation>
    </message>
    <message>
        <source>%1 is charged one at a time with its own amount; it has no rate.</source>
        <translation>%1 逐笔收费，每笔各有金额，没有收费标准。</translation>
    </message>
    <message>
        <source>Enter the first day the unit is billed for it.</source>
        <translation>请填写该房屋开始计费的日期。</translation>
    </message>
    <message>
        <source>Choose an item billed only to the units listed for it, e.g. 车位租金.</source>
        <translation>请选择只向登记房屋收取的项目，例如 车位租金。</translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation>房屋资料中没有这个房号。</translation>
    </message>
    <message>
        <source>%1 is listed for %2 from %3 already. A unit is listed once at a time: end that listing first.</source>
        <translation>%1 已自 %3 起登记收取 %2。同一房屋同一时间只能登记一次，请先结束原登记。</translation>
    </message>
    <message>
        <source>That listing is not on record.</source>
        <translation>没有这条登记记录。</translation>
    </message>
    <message>
        <source>Enter the last day billed, on or after %1.</source>
        <translation>请填写最后计费日，不得早于 %1。</translation>
    </message>
    <message>
        <source>Only a monthly item by floor area or at a fixed amount is billed a month ahead.</source>
        <translation>只有按月、按面积或固定金额收费的项目才能提前一个月收费。</translation>
    </message>
    <message>
        <source>Enter the day the unit&apos;s fees start.</source>
        <translation>请填写该户开始计费的日期。</translation>
    </message>
    <message>
        <source>%1 is billed for %2 already; withdraw those bills before its fees start on %3.</source>
        <translation>%1 的 %2 已经计费；须先撤回这些账单，才能从 %3 开始计费。</translation>
    </message>
    <message>
        <source>Move-in %1</source>
        <translation>入伙 %1</translation>
    </message>
    <message>
        <source>%1 ended this listing at %2.</source>
        <translation>%1 已于 %2 结束了这条登记。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Start FrontDesk once to create it, or name the right file with --database.</source>
        <translation>请先启动一次物业客服前台以创建数据库，或用 --database 指定正确的文件。</translation>
    </message>
    <message>
        <source>The file was not changed. Check the file given with --database, or restore the latest backup.</source>
        <translation>文件未做任何改动。请检查 --database 指定的文件，或恢复最近的备份。</translation>
    </message>
    <message>
        <source>%1 has no FrontDesk tables: it is an empty or foreign database.</source>
        <translation>%1 中没有物业客服前台的数据表：它是空数据库或其他程序的数据库。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Nothing was imported.</source>
        <translation>无法读取 %1：%2。未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 was refused; nothing was imported. Correct the rows above and run the import again.</source>
        <translation>%1 未通过检查，未导入任何内容。请改正上面列出的行后重新导入。</translation>
    </message>
    <message>
        <source>Nothing new: the registry already matches %1.</source>
        <translation>没有新内容：住户登记已与 %1 一致。</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>已将 %1 导入 %2。</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server; back it up there with pg_dump (for example: pg_dump -Fc -f frontdesk.dump %1).</source>
        <translation>该数据库位于 PostgreSQL 服务器上，请在服务器上用 pg_dump 备份（例如：pg_dump -Fc -f frontdesk.dump %1）。</translation>
    </message>
    <message>
        <source>Nothing was backed up.</source>
        <translation>未备份任何内容。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并校验通过：%1</translation>
    </message>
    <message>
        <source>size: %1 bytes (%2)</source>
        <translation>大小：%1 字节（%2）</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>数据结构版本：%1</translation>
    </message>
    <message>
        <source>audit events: %1</source>
        <translation>审计事件数：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Integrity: looked after by the PostgreSQL server</source>
        <translation>完整性：由 PostgreSQL 服务器负责</translation>
    </message>
    <message>
        <source>Integrity: cannot be checked: %1</source>
        <translation>完整性：无法检查：%1</translation>
    </message>
    <message>
        <source>Integrity: DAMAGED. Restore the latest backup; keep this file for investigation.</source>
        <translation>完整性：已损坏！请恢复最近的备份，并保留此文件以便调查。</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message>
        <source>Schema: cannot be read: %1</source>
        <translation>数据结构：无法读取：%1</translation>
    </message>
    <message>
        <source>Schema: none of %1. This is not a FrontDesk database (or an empty one); check the database given with --database.</source>
        <translation>数据结构版本：无（本程序为 %1）。这不是物业客服前台的数据库（或是空数据库），请检查 --database 指定的数据库。</translation>
    </message>
    <message>
        <source>Schema: %1 of %2. This database is newer than this program: it was written by a newer FrontDesk. Install that version to use it; the database was not changed.</source>
        <translation>数据结构版本：%1（本程序为 %2）。该数据库比本程序新，是由更新版本的物业客服前台写入的。请安装该版本后再使用；数据库未做任何改动。</translation>
    </message>
    <message>
        <source>Schema: %1 of %2. This database is older than this program. Back it up (frontdesk --backup FILE), then start FrontDesk once to upgrade it.</source>
        <translation>数据结构版本：%1（本程序为 %2）。该数据库比本程序旧。请先备份（frontdesk --backup 文件名），再启动一次物业客服前台完成升级。</translation>
    </message>
    <message>
        <source>Schema: %1 of %2 (up to date)</source>
        <translation>数据结构版本：%1（本程序为 %2，已是最新）</translation>
    </message>
    <message>
        <source>Audit chain: cannot be read: %1</source>
        <translation>审计链：无法读取：%1</translation>
    </message>
    <message>
        <source>Audit chain: BROKEN at event %1 (%2). The database was changed outside FrontDesk; run frontdesk --verify-audit for details.</source>
        <translation>审计链：在事件 %1 处断裂（%2）！数据库曾在物业客服前台之外被修改；请运行 frontdesk --verify-audit 查看详情。</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain: ok, %n event(s) checked</source>
        <translation>
            <numerusform>审计链：正常，已检查 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>全部检查通过。</translation>
    </message>
    <message>
        <source>There is no audit chain to verify.</source>
        <translation>没有可校验的审计链。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) before it verified.</source>
        <translation>
            <numerusform>此前的 %n 个事件均校验通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain broken at event %1: %2. The database was changed outside FrontDesk; keep this file for investigation and compare it with the latest backup.</source>
        <translation>审计链在事件 %1 处断裂：%2。数据库曾在物业客服前台之外被修改；请保留此文件以便调查，并与最近的备份进行比对。</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact: %n event(s) checked.</source>
        <translation>
            <numerusform>审计链完好：已检查 %n 个事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo site %1 is ready in %2: %n unit(s) imported.</source>
        <translation>
            <numerusform>演示小区 %1 已在 %2 中建好：导入了 %n 套房屋。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>(unchanged: your own)</source>
        <translation>（未改动：沿用您自己的密码）</translation>
    </message>
    <message>
        <source>Start FrontDesk and sign in with any of these names.</source>
        <translation>启动物业客服前台，用以上任一登录名登录即可。</translation>
    </message>
    <message>
        <source>%1 already has a site (%2); nothing was changed. A database holds one site: name another file or database with --database.</source>
        <translation>%1 已有站点（%2），未做任何改动。一个数据库只能有一个站点：请用 --database 指定另一个文件或数据库。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>No password was given; nothing was changed.</source>
        <translation>未输入密码，未做任何改动。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何改动。</translation>
    </message>
    <message>
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation>两次输入的密码不一致，未做任何改动。</translation>
    </message>
    <message>
        <source>Site %1 is set up in %2; the administrator %3 can sign in.</source>
        <translation>站点 %1 已在 %2 建好；管理员 %3 现在可以登录。</translation>
    </message>
    <message>
        <source>The site is not set up yet; set it up before importing (--new-site). Nothing was imported.</source>
        <translation>站点尚未建立，请先建立站点（--new-site）再导入。什么都没有导入。</translation>
    </message>
    <message>
        <source>No password was given; nothing was imported.</source>
        <translation>没有输入密码，什么都没有导入。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>什么都没有导入。</translation>
    </message>
    <message>
        <source>Fee ledger: cannot be read: %1</source>
        <translation>收费台账：无法读取：%1</translation>
    </message>
    <message numerus="yes">
        <source>Fee ledger: %n sum(s) do not add up</source>
        <translation>
            <numerusform>收费台账：有 %n 处合计对不上</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee ledger: ok, every balance is the sum of its entries</source>
        <translation>收费台账：正常，每个余额都等于其各笔记录之和</translation>
    </message>
    <message>
        <source>Owners&apos; archive: cannot be read: %1</source>
        <translation>业主档案：无法读取：%1</translation>
    </message>
    <message numerus="yes">
        <source>Owners&apos; archive: %n file(s) no longer match what was filed. Restore the latest backup.</source>
        <translation>
            <numerusform>业主档案：%n 个文件与归档时不一致。请恢复最近的备份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owners&apos; archive: ok, %n file(s), each matches what was filed</source>
        <translation>
            <numerusform>业主档案：正常，共 %n 个文件，均与归档时一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write a verified copy of the SQLite database to a new file (never overwrites).</source>
        <translation>将 SQLite 数据库的副本写入新文件并校验（不会覆盖已有文件）。</translation>
    </message>
    <message>
        <source>Check the database without changing it: storage integrity, schema version and the audit chain.</source>
        <translation>检查数据库（不做任何修改）：存储完整性、数据结构版本和审计链。</translation>
    </message>
    <message>
        <source>Verify the audit chain and name the first event that was changed or removed.</source>
        <translation>校验审计链，并指出第一个被修改或删除的事件。</translation>
    </message>
    <message>
        <source>Fill an empty database with a demo site (翠湖花园): staff of every role, two towers, shops and residents.</source>
        <translation>向空数据库填入演示小区（翠湖花园）：包括各角色的员工、两栋楼、商铺和住户。</translation>
    </message>
    <message>
        <source>Language of the program: zh_CN (简体中文) or en (English).</source>
        <translation>程序语言：zh_CN（简体中文）或 en（English）。</translation>
    </message>
    <message>
        <source>FrontDesk (物业客服前台): the front desk of a property service center.
Without an action it opens the desk window.</source>
        <translation>物业客服前台（FrontDesk）：物业客户服务中心的前台程序。
不指定操作时打开前台窗口。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose %2.</source>
        <translation>未知语言“%1”，请选择 %2。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>--database needs a file or a postgresql:// address.</source>
        <translation>--database 需要指定文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation>%1 需要指定文件名。</translation>
    </message>
    <message>
        <source>Give one action at a time, not %1.</source>
        <translation>每次只能执行一个操作，不能同时指定 %1。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  a problem was found, or the action was refused (the database was left as it was)
  2  the command line was wrong
</source>
        <translation>退出码：
  0  完成
  1  发现问题，或操作被拒绝（数据库保持原样）
  2  命令行有误
</translation>
    </message>
    <message>
        <source>Set up a new, empty database for the property of this name, with its administrator (--admin). The password is asked twice at the terminal, or read from standard input; never give it on the command line.</source>
        <translation>为该名称的物业建立一个新的空数据库及其管理员（--admin）。密码在终端上输入两次，或从标准输入读取；切勿写在命令行上。</translation>
    </message>
    <message>
        <source>With --new-site: the administrator&apos;s sign-in name (e.g. it.admin).</source>
        <translation>与 --new-site 一起使用：管理员的登录名（例如 it.admin）。</translation>
    </message>
    <message>
        <source>With --new-site: the administrator&apos;s name as colleagues know it (default: Administrator).</source>
        <translation>与 --new-site 一起使用：管理员的姓名（默认：系统管理员）。</translation>
    </message>
    <message>
        <source>--admin and --admin-name go with --new-site.</source>
        <translation>--admin 和 --admin-name 只能与 --new-site 一起使用。</translation>
    </message>
    <message>
        <source>--new-site needs the property&apos;s name, e.g. --new-site 翠湖花园.</source>
        <translation>--new-site 需要物业名称，例如 --new-site 翠湖花园。</translation>
    </message>
    <message>
        <source>--new-site needs the administrator&apos;s sign-in name: --admin LOGIN.</source>
        <translation>--new-site 需要管理员的登录名：--admin 登录名。</translation>
    </message>
    <message>
        <source>Import units and residents from a CSV file (楼栋, 单元, 房号, 类型, 面积, 业主, 电话, 住户, 住户电话, 管家) as the account named with --as. All or nothing: one bad row and nothing is imported.</source>
        <translation>以 --as 指定的账号从 CSV 文件导入房号和住户（楼栋, 单元, 房号, 类型, 面积, 业主, 电话, 住户, 住户电话, 管家）。要么全部导入，要么一条不导入：只要有一行有问题，就什么都不导入。</translation>
    </message>
    <message>
        <source>With --import-units (or --demo on a site already set up): the sign-in name of the account that acts (it needs the right to import, or to manage accounts). Its password is asked at the terminal, or read from standard input; never give it on the command line.</source>
        <translation>与 --import-units（或对已建好站点的 --demo）一起使用：执行操作的账号登录名（须有导入权限或账号管理权限）。密码在终端上输入，或从标准输入读取；切勿写在命令行上。</translation>
    </message>
    <message>
        <source>--as goes with --import-units or --demo.</source>
        <translation>--as 只能与 --import-units 或 --demo 一起使用。</translation>
    </message>
    <message>
        <source>%1 needs the account that acts: --as LOGIN (its password is asked, never given on the command line).</source>
        <translation>%1 需要指定执行操作的账号：--as 登录名（密码另行输入，不写在命令行上）。</translation>
    </message>
    <message>
        <source>Use this database: an SQLite file, or a PostgreSQL server as postgresql://user@host:port/name (the password comes from ~/.pgpass or is asked, never from the command line). Without it: the FRONTDESK_DATABASE environment variable, else the server chosen in the connection dialog, else frontdesk.sqlite in your app-data folder (created on first start).</source>
        <translation>使用此数据库：SQLite 文件，或写作 postgresql://用户@主机:端口/库名 的 PostgreSQL 服务器（密码取自 ~/.pgpass 或当场询问，绝不写在命令行上）。不写时：依次使用环境变量 FRONTDESK_DATABASE、连接对话框选定的服务器、应用数据文件夹中的 frontdesk.sqlite（首次启动时创建）。</translation>
    </message>
    <message>
        <source>Pin the PostgreSQL server&apos;s certificate: its SHA-256 fingerprint as scripts/site-server printed it. Needed once per server for a server on another computer; refused when the server shows another.</source>
        <translation>固定 PostgreSQL 服务器的证书：填写 scripts/site-server 打印的 SHA-256 指纹。服务器在另一台电脑上时，每台服务器需要做一次；服务器出示的证书不符时拒绝。</translation>
    </message>
    <message>
        <source>Open the connection dialog first: the site&apos;s server, the password (saved in ~/.pgpass, readable by you only) and the server&apos;s fingerprint. This computer then starts on that server.</source>
        <translation>先打开连接对话框：项目的服务器、密码（保存在只有您能读的 ~/.pgpass）和服务器指纹。此后这台电脑就在该服务器上启动。</translation>
    </message>
</context>
<context>
    <name>CommunityEventDialog</name>
    <message>
        <source>Community event: callbacks to households</source>
        <translation>社区事件：住户回访</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>事件(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. water cut in building 3</source>
        <translation>如：3栋停水</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>开始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>结束(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <source>F&amp;loors</source>
        <translation>楼层(&amp;L)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>选中(&amp;S)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Households to call back</source>
        <translation>需回访的住户</translation>
    </message>
</context>
<context>
    <name>CommunityEventService</name>
    <message>
        <source>Say what happened, e.g. 3栋停水.</source>
        <translation>请写明发生了什么，如：3栋停水。</translation>
    </message>
    <message>
        <source>The event ends after it starts.</source>
        <translation>事件的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>Choose the households to call back.</source>
        <translation>请选择需要回访的住户。</translation>
    </message>
    <message>
        <source>At most %1 households in one event.</source>
        <translation>一个事件最多 %1 户。</translation>
    </message>
    <message>
        <source>A chosen household is not in the registry.</source>
        <translation>所选住户不在住户登记中。</translation>
    </message>
    <message>
        <source>Callback after the community event: %1</source>
        <translation>社区事件回访：%1</translation>
    </message>
</context>
<context>
    <name>ComplaintCriteria</name>
    <message>
        <source>Promise not kept after repeated requests</source>
        <translation>客户多次催促，承诺仍未兑现</translation>
    </message>
    <message>
        <source>Loss, injury or serious distress caused</source>
        <translation>造成经济损失、人身伤害或严重困扰</translation>
    </message>
    <message>
        <source>Sudden large outage or equipment stop</source>
        <translation>突发大面积停水停电或设备停运</translation>
    </message>
    <message>
        <source>Reasonable need unmet, home hard to use</source>
        <translation>合理需求未满足，影响正常使用</translation>
    </message>
    <message>
        <source>Bad staff conduct, customer very angry</source>
        <translation>员工服务态度恶劣，客户强烈不满</translation>
    </message>
</context>
<context>
    <name>ComplaintService</name>
    <message>
        <source>This ticket is not a complaint.</source>
        <translation>该工单不是投诉。</translation>
    </message>
    <message>
        <source>Write the explanation given to the customer.</source>
        <translation>请填写向客户所作的解释。</translation>
    </message>
    <message>
        <source>Choose minor, important or major.</source>
        <translation>请选择轻微、重要或重大。</translation>
    </message>
    <message>
        <source>The ticked criteria make this complaint %1 at least.</source>
        <translation>按所勾选的定级标准，该投诉至少应定为%1投诉。</translation>
    </message>
    <message>
        <source>Invalid complaint: %1</source>
        <translation>无效投诉：%1</translation>
    </message>
    <message>
        <source>This complaint is finished; its limit no longer runs.</source>
        <translation>该投诉已办结，不再计算处理时限。</translation>
    </message>
    <message>
        <source>Grade the complaint before extending its limit.</source>
        <translation>请先为该投诉定级，再延长处理时限。</translation>
    </message>
    <message>
        <source>Say why the limit is extended.</source>
        <translation>请说明延期原因。</translation>
    </message>
    <message>
        <source>The new limit must be later than the current one.</source>
        <translation>新的处理时限必须晚于当前时限。</translation>
    </message>
    <message>
        <source>Limit extended to %1: %2</source>
        <translation>处理时限延期至 %1：%2</translation>
    </message>
    <message>
        <source>Choose another complaint about the same event.</source>
        <translation>请选择同一事件的另一条投诉。</translation>
    </message>
    <message>
        <source>These complaints are already about the same event.</source>
        <translation>这两条投诉已关联为同一事件。</translation>
    </message>
    <message>
        <source>Same event as %1</source>
        <translation>与 %1 为同一事件</translation>
    </message>
    <message numerus="yes">
        <source>%n complaints about the same event</source>
        <translation>
            <numerusform>同一事件共有 %n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what the customer was told.</source>
        <translation>请记录答复客户的内容。</translation>
    </message>
    <message>
        <source>Write the note the next clerk should see.</source>
        <translation>请填写需要让其他客户助理看到的备注。</translation>
    </message>
    <message>
        <source>This complaint names no unit or resident to carry the note.</source>
        <translation>该投诉没有关联房号或住户，无法添加客户备注。</translation>
    </message>
    <message>
        <source>%1 complaint %2: %3</source>
        <translation>%1 投诉 %2：%3</translation>
    </message>
    <message>
        <source>%1 is already linked to the event of %2, and %3 to another event, that of %4: a complaint is about one event only, so nothing was linked.</source>
        <translation>%1 已关联到 %2 的事件，而 %3 已关联到另一事件（%4）：一条投诉只能属于一个事件，因此未作任何关联。</translation>
    </message>
    <message>
        <source>Choose the department the complaint goes to.</source>
        <translation>请选择投诉转交的部门。</translation>
    </message>
    <message>
        <source>Write down what the department did.</source>
        <translation>请填写部门的处理情况。</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to the site&apos;s server</source>
        <translation>连接项目服务器</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>端口(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer (~/.pgpass, readable by you only)</source>
        <translation>在这台电脑上记住密码（~/.pgpass，只有您能读）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Fingerprint (SHA-256)</source>
        <translation>指纹 SHA-256(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>No database was given.</source>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid. Write it as postgresql://user@host:port/database.</source>
        <translation>PostgreSQL 地址无效。请写成 postgresql://用户@主机:端口/库名。</translation>
    </message>
    <message>
        <source>Leave the password out of the address: every user of this computer can read a command line. Write postgresql://user@host:port/database; FrontDesk takes the password from ~/.pgpass (the connection dialog saves it there) or asks for it.</source>
        <translation>地址里不要写密码：这台电脑的每个用户都能看到命令行。请写 postgresql://用户@主机:端口/库名；FrontDesk 从 ~/.pgpass（连接对话框会保存在那里）读取密码，或当场询问。</translation>
    </message>
</context>
<context>
    <name>ControlRoomService</name>
    <message>
        <source>There is no such control-room call.</source>
        <translation>没有这条中控室来电记录。</translation>
    </message>
    <message>
        <source>Call at %1, not yet entered: %2</source>
        <extracomment>A control-room call on a handover sheet, still to be entered as a ticket by the desk (补单).</extracomment>
        <translation>%1 来电，尚未补单：%2</translation>
    </message>
    <message>
        <source>Write down what the caller said.</source>
        <translation>请记录来电内容。</translation>
    </message>
    <message>
        <source>This is not a phone number (e.g. 13812345678 or 0755-86001234).</source>
        <translation>这不是电话号码（例如 13812345678 或 0755-86001234）。</translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation>该房号不在住户档案中。</translation>
    </message>
    <message>
        <source>This call has already been dispatched or entered.</source>
        <translation>该来电已派工或已补单。</translation>
    </message>
    <message>
        <source>Only a dispatched call that has not come back can be returned.</source>
        <translation>只有已派工且尚未完工返回的来电才能登记完工。</translation>
    </message>
    <message>
        <source>Name the department that was sent.</source>
        <translation>请填写派出的部门。</translation>
    </message>
    <message>
        <source>Write down what was done.</source>
        <translation>请填写处理结果。</translation>
    </message>
    <message>
        <source>This call has already been entered as a ticket.</source>
        <translation>该来电已补单，不能重复录入。</translation>
    </message>
    <message>
        <source>Choose what needs repairing.</source>
        <translation>请选择报修类别。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A cell that starts with a quote mark (&quot;) is never closed; check the quote marks from this row on.</source>
        <translation>有一个以引号（&quot;）开头的单元格没有闭合，请从此行起检查引号。</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Two columns mean %1 (%2): &quot;%3&quot; and &quot;%4&quot;. Keep only one of them.</source>
        <translation>“%3”和“%4”两列都表示 %1（%2），请只保留其中一列。</translation>
    </message>
    <message>
        <source>The first row has no column %1 (%2); every file needs it.</source>
        <translation>首行缺少 %1（%2）列，每个文件都必须有这一列。</translation>
    </message>
    <message>
        <source>This row has %1 cells but the first row has %2 columns; look for a missing or extra comma.</source>
        <translation>此行有 %1 个单元格，而首行有 %2 列；请检查是否少了或多了逗号。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database driver for %1 is not installed.</source>
        <translation>未安装 %1 的数据库驱动。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a FrontDesk database (it is not an SQLite file, or it is damaged).</source>
        <translation>%1 不是物业客服前台的数据库（不是 SQLite 文件，或文件已损坏）。</translation>
    </message>
    <message>
        <source>Cannot configure the database.</source>
        <translation>无法配置数据库。</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此修改：%1</translation>
    </message>
    <message>
        <source>The database did not return the new record&apos;s number.</source>
        <translation>数据库没有返回新记录的编号。</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>当前没有打开的事务。</translation>
    </message>
    <message>
        <source>An inner step failed, so nothing was saved.</source>
        <translation>其中一个步骤失败，因此没有保存任何内容。</translation>
    </message>
    <message>
        <source>%1 is on a network share. SQLite&apos;s write-ahead log is not safe there: keep the file on this computer&apos;s own disk, or use a PostgreSQL server for several workstations.</source>
        <translation>%1 位于网络共享上，SQLite 的预写日志在那里并不安全：请把文件放在本机磁盘上；多台工作站共用时请使用 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>The server at %1 refused the password of %2. Check the password (the connection dialog saves it in ~/.pgpass), or ask your IT person to reset it.</source>
        <translation>服务器 %1 拒绝了 %2 的密码。请核对密码（连接对话框会把它保存在 ~/.pgpass），或请 IT 人员重设。</translation>
    </message>
    <message>
        <source>The server at %1 asks for the password of %2, and none is saved on this computer.</source>
        <translation>服务器 %1 要求 %2 的密码，而这台电脑上没有保存。</translation>
    </message>
    <message>
        <source>The server at %1 did not show the certificate this workstation pinned, so FrontDesk did not connect: it may not be your site&apos;s server. Ask your IT person before pinning it again.</source>
        <translation>服务器 %1 出示的不是本工作站固定的证书，FrontDesk 没有连接：它可能不是本项目的服务器。重新固定前请先问 IT 人员。</translation>
    </message>
    <message>
        <source>The server at %1 does not let this workstation in (%2). It takes encrypted connections from the site&apos;s own role only: check the address and the user.</source>
        <translation>服务器 %1 不允许本工作站连接（%2）。它只接受本项目角色的加密连接：请核对地址和用户。</translation>
    </message>
    <message>
        <source>The server at %1 has no database %2 or no user %3.</source>
        <translation>服务器 %1 上没有数据库 %2 或没有用户 %3。</translation>
    </message>
    <message>
        <source>Cannot reach the database server at %1. Check that the server is running and that this computer is on the office network.</source>
        <translation>连不上数据库服务器 %1。请确认服务器在运行、这台电脑连在办公网络上。</translation>
    </message>
    <message>
        <source>The server at %1:%2 is on another computer, so the connection must be encrypted and the server&apos;s certificate pinned first: use the connection dialog, or start once with --trust-server FINGERPRINT (the fingerprint scripts/site-server printed).</source>
        <translation>服务器 %1:%2 在另一台电脑上，连接必须加密，并且要先固定服务器的证书：请使用连接对话框，或用 --trust-server 指纹 启动一次（指纹即 scripts/site-server 打印的那串）。</translation>
    </message>
    <message>
        <source>The connection to the database server is lost, so nothing was saved. What you typed is still here: save again once the server is back.</source>
        <translation>与数据库服务器的连接已断开，什么都没有保存。您输入的内容还在：服务器恢复后请再保存一次。</translation>
    </message>
    <message>
        <source>Another desk is saving the same records at this moment, so nothing was saved. What you typed is still here: save again.</source>
        <translation>另一台工作站此刻正在保存同样的记录，这次什么都没有保存。您输入的内容还在：请再保存一次。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving: the save may or may not have reached it. What you typed is still here; once the server is back, look for the record before saving it again.</source>
        <translation>保存时与数据库服务器的连接断开了：这次保存可能已到达服务器，也可能没有。您输入的内容还在；服务器恢复后，请先查一查这条记录，再决定是否重新保存。</translation>
    </message>
</context>
<context>
    <name>DemoSite</name>
    <message numerus="yes">
        <source>This database already has %n unit(s). The demo only fills an empty database; nothing was changed.</source>
        <translation>
            <numerusform>该数据库中已有 %n 套房屋。演示数据只能填入空数据库；未做任何改动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This database already has %n account(s). The demo only fills an empty database; nothing was changed.</source>
        <translation>
            <numerusform>该数据库中已有 %n 个账号。演示数据只能填入空数据库；未做任何改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo units were refused, so nothing was written: %1</source>
        <translation>演示房屋数据未被接受，未写入任何内容：%1</translation>
    </message>
    <message>
        <source>%1 is already set up; only its administrator may add the demo staff (--demo --as LOGIN). Nothing was changed.</source>
        <translation>%1 已经建好站点，只有其系统管理员可以添加演示人员（--demo --as 登录名）。没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>DepositLedger</name>
    <message>
        <source>That bill line is not a deposit.</source>
        <translation>该账单明细不是押金。</translation>
    </message>
    <message>
        <source>Describe the damage the deduction is for.</source>
        <translation>请写明扣款所对应的损坏情况。</translation>
    </message>
    <message>
        <source>Enter the amount to deduct.</source>
        <translation>请填写扣款金额。</translation>
    </message>
    <message>
        <source>The deposit holds %1: no more can be deducted from it.</source>
        <translation>押金余额为 %1，扣款不能超过此数。</translation>
    </message>
    <message>
        <source>Enter the amount to refund.</source>
        <translation>请填写退款金额。</translation>
    </message>
    <message>
        <source>Enter who receives the refund.</source>
        <translation>请填写退款领取人。</translation>
    </message>
    <message>
        <source>Enter the transfer&apos;s or the card&apos;s reference.</source>
        <translation>请填写转账或刷卡的交易号。</translation>
    </message>
    <message>
        <source>The deposit holds %1 after its deductions and refunds: no more can be refunded.</source>
        <translation>扣款和已退款后押金余额为 %1，退款不能超过此数。</translation>
    </message>
    <message>
        <source>The refund was not written.</source>
        <translation>退款未能保存。</translation>
    </message>
</context>
<context>
    <name>DepositRefundPrinter</name>
    <message>
        <source>Deposit refund</source>
        <translation>押金退款凭证</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>房号：</translation>
    </message>
    <message>
        <source>Renovation:</source>
        <translation>装修编号：</translation>
    </message>
    <message>
        <source>Paid to:</source>
        <translation>领款人：</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金项目</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>已交</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>已扣</translation>
    </message>
    <message>
        <source>Refunded so far</source>
        <translation>累计已退</translation>
    </message>
    <message>
        <source>Refunded now, in words:</source>
        <translation>本次退款（大写）：</translation>
    </message>
    <message>
        <source>Deducted for damages:</source>
        <translation>损坏扣款：</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>交易号 %1</translation>
    </message>
    <message>
        <source>Paid back by:</source>
        <translation>退款方式：</translation>
    </message>
    <message>
        <source>Cashier:</source>
        <translation>收费员：</translation>
    </message>
    <message>
        <source>Payee&apos;s signature:</source>
        <translation>领款人签字：</translation>
    </message>
    <message>
        <source>(office seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>Part one: for the payee</source>
        <translation>第一联：领款人收执</translation>
    </message>
    <message>
        <source>Part two: the office&apos;s stub</source>
        <translation>第二联：存根</translation>
    </message>
    <message>
        <source>Deposit refund %1</source>
        <translation>押金退款 %1</translation>
    </message>
</context>
<context>
    <name>DispatchOrderPrinter</name>
    <message>
        <source>Repair dispatch order</source>
        <translation>维修派工单</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>报修类别</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>处理人员</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派工时间</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务性质</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>有偿</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Entered afterwards (control room dispatch at night).</source>
        <translation>补单（夜间由中控室直接派工）。</translation>
    </message>
    <message>
        <source>Charges (site fee schedule)</source>
        <translation>收费明细（按本小区有偿服务收费标准）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Return (filled in by the technician)</source>
        <translation>完工返单（由处理人员填写）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>所用材料</translation>
    </message>
    <message>
        <source>Arrived / finished</source>
        <translation>到场 / 完工时间</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>实收费用</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Repair dispatch order %1</source>
        <translation>维修派工单 %1</translation>
    </message>
</context>
<context>
    <name>DunningNoticePrinter</name>
    <message>
        <source>first notice</source>
        <translation>第一次</translation>
    </message>
    <message>
        <source>second notice</source>
        <translation>第二次</translation>
    </message>
    <message>
        <source>third notice</source>
        <translation>第三次</translation>
    </message>
    <message>
        <source>Notice of Fees Overdue</source>
        <translation>催款告知书</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>To the owner of unit %1, %2:</source>
        <translation>%1 业主 %2：</translation>
    </message>
    <message>
        <source>By %1 the following fees of your unit, due since %2, are still unpaid:</source>
        <translation>截至 %1，贵户自 %2 起到期的以下费用仍未缴纳：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未缴金额</translation>
    </message>
    <message>
        <source>Total in words:</source>
        <translation>合计人民币（大写）：</translation>
    </message>
    <message>
        <source>Please pay it by &lt;b&gt;%1&lt;/b&gt; at the service center&apos;s counter (cash, bank card, WeChat Pay or Alipay) or by bank transfer. If you have paid in the meantime, please ignore this notice.</source>
        <translation>请于 &lt;b&gt;%1&lt;/b&gt; 前到客户服务中心收费处缴纳（现金、银行卡、微信支付或支付宝），或通过银行转账缴纳。如您已缴纳，请忽略本告知书。</translation>
    </message>
    <message>
        <source>This is the third notice. If the fees are still unpaid after the deadline, the matter will be referred for legal handling.</source>
        <translation>本告知书为第三次催缴。逾期仍未缴纳的，将转交法律程序处理。</translation>
    </message>
    <message>
        <source>Notice of Fees Overdue %1</source>
        <translation>催款告知书 %1</translation>
    </message>
</context>
<context>
    <name>DutyStatus</name>
    <message>
        <source>%1 since %2 — past its end, not handed over</source>
        <translation>%1班（%2 起）— 已过下班时间，未交班</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1班（%2 起）</translation>
    </message>
    <message>
        <source>none — %1&apos;s shift at %2 since %3 is past its end, not handed over; start yours on the Handover page</source>
        <translation>无 — %1 自 %3 起在%2的班次已过下班时间且未交班；请在交接班页面开始您的班次</translation>
    </message>
</context>
<context>
    <name>FeeLedger</name>
    <message>
        <source>Bill line %1 of %2 is settled with %3.</source>
        <translation>账单明细 %1 金额 %2，却已核销 %3。</translation>
    </message>
    <message>
        <source>Payment %1 of %2 is split into %3.</source>
        <translation>收款 %1 金额 %2，分摊合计却为 %3。</translation>
    </message>
    <message>
        <source>Unit %1 has a prepaid balance below zero: %2.</source>
        <translation>房屋 %1 的预存余额小于零：%2。</translation>
    </message>
    <message>
        <source>The run was stopped; nothing is billed.</source>
        <translation>计费已中止，没有写入任何账单。</translation>
    </message>
    <message>
        <source>Bill line %1 has no record of what it still owes.</source>
        <translation>账单行 %1 缺少未缴金额记录。</translation>
    </message>
    <message>
        <source>Bill line %1 still owes %2 by its payments, but %3 is recorded.</source>
        <translation>按收款记录，账单行 %1 尚欠 %2，但记录的未缴金额为 %3。</translation>
    </message>
</context>
<context>
    <name>FeeNumbers</name>
    <message>
        <source>The database did not give out a number for %1.</source>
        <translation>数据库未能给出 %1 编号。</translation>
    </message>
</context>
<context>
    <name>FeeSummaryExport</name>
    <message>
        <source>%1 fees, monthly summary %2</source>
        <translation>%1 收费月报 %2</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Taken in the month, by method</source>
        <translation>本月实收（按收款方式）</translation>
    </message>
    <message>
        <source>The spreadsheet could not be created at %1.</source>
        <translation>无法在 %1 创建电子表格。</translation>
    </message>
    <message>
        <source>The spreadsheet could not be saved at %1: %2</source>
        <translation>无法将电子表格保存到 %1：%2</translation>
    </message>
    <message>
        <source>Deposits, held for the units (not income)</source>
        <translation>押金（代业主保管，不计入收入）</translation>
    </message>
</context>
<context>
    <name>FeeSummaryService</name>
    <message>
        <source>Write the month as year and month, e.g. 2026-12.</source>
        <translation>请按年-月填写月份，例如 2026-12。</translation>
    </message>
</context>
<context>
    <name>FeeTerms</name>
    <message>
        <source>by floor area (per ㎡ a month)</source>
        <translation>按建筑面积（元/㎡/月）</translation>
    </message>
    <message>
        <source>fixed a month</source>
        <translation>每月定额</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>按季</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>one charge at a time</source>
        <translation>逐笔收费</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a charge item and what the charge was for</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>by meter reading (per unit used)</source>
        <translation>按抄表读数（按用量计价）</translation>
    </message>
    <message>
        <source>deposit, held (not income)</source>
        <translation>押金，代为保管（不计收入）</translation>
    </message>
</context>
<context>
    <name>FeeWeek</name>
    <message>
        <source>Billed (lines of the runs confirmed)</source>
        <translation>计费（已确认批次的账单行）</translation>
    </message>
    <message>
        <source>Collected in all</source>
        <translation>收款合计</translation>
    </message>
    <message>
        <source>Collected: %1</source>
        <translation>收款：%1</translation>
    </message>
    <message>
        <source>Taken back (reversals recorded)</source>
        <translation>冲销（已登记的冲销）</translation>
    </message>
    <message>
        <source>Collected less taken back</source>
        <translation>冲销后实收</translation>
    </message>
    <message>
        <source>First dunning notices issued (what they ask for)</source>
        <translation>发出第一次催款告知书（催缴金额）</translation>
    </message>
    <message>
        <source>Second dunning notices issued (what they ask for)</source>
        <translation>发出第二次催款告知书（催缴金额）</translation>
    </message>
    <message>
        <source>Third dunning notices issued (what they ask for)</source>
        <translation>发出第三次催款告知书（催缴金额）</translation>
    </message>
    <message>
        <source>Units referred for legal handling (what they owed)</source>
        <translation>移交法务处理的房屋（欠款金额）</translation>
    </message>
    <message>
        <source>Units in arrears when the report was read (what they owe)</source>
        <translation>读取报表时欠费的房屋（欠款金额）</translation>
    </message>
    <message>
        <source>Deposits charged (held, not income)</source>
        <translation>收取押金（代为保管，不计收入）</translation>
    </message>
</context>
<context>
    <name>HandoverDisplay</name>
    <message>
        <source>%1 %2–%3</source>
        <extracomment>A shift and its times from the site&apos;s rules, e.g. &quot;A 07:30–15:00&quot;.</extracomment>
        <translation>%1班 %2–%3</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未办结工单</translation>
    </message>
    <message>
        <source>Log items</source>
        <translation>值班日志</translation>
    </message>
    <message>
        <source>Equipment and keys</source>
        <translation>设备与钥匙</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Waiting for the arriving person</source>
        <translation>等待接班人签字</translation>
    </message>
    <message>
        <source>Draft, not signed</source>
        <translation>草稿，未签字</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>账号 %1</translation>
    </message>
</context>
<context>
    <name>HandoverPrinter</name>
    <message>
        <source>Handover sheet</source>
        <translation>工作移交表</translation>
    </message>
    <message>
        <source>√ %1</source>
        <extracomment>The acknowledged column of the printed sheet: a tick and the time.</extracomment>
        <translation>√ %1</translation>
    </message>
    <message>
        <source>Nothing was open at this post.</source>
        <translation>本岗位没有未完事项。</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>小区：</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>班次：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item handed over</source>
        <translation>移交事项</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>接班确认</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Handed over by (leaving)</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>签字时间：</translation>
    </message>
    <message>
        <source>Taken over by (arriving)</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Sealed %1.</source>
        <translation>封存于 %1。</translation>
    </message>
    <message>
        <source>Not sealed: this sheet is still a draft.</source>
        <translation>未封存：本表仍为草稿。</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>打印于 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>handover-%1-%2</source>
        <extracomment>File name of a saved handover sheet: date and shift.</extracomment>
        <translation>工作移交表-%1-%2</translation>
    </message>
    <message>
        <source>× %1</source>
        <extracomment>The acknowledged column of the printed sheet: a disputed line.</extracomment>
        <translation>× %1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>This file cannot be imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>此文件无法导入：有 %n 行存在问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>未导入任何内容：有 %n 行存在问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>此文件无法导入。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n unit(s): %1 new, %2 changed, %3 unchanged.</source>
        <translation>
            <numerusform>可导入 %n 套房屋：新增 %1，变更 %2，不变 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s): %1 new, %2 with new phone numbers, %3 unchanged.</source>
        <translation>
            <numerusform>住户 %n 人：新增 %1，电话有变 %2，不变 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing changed: the registry already holds all %n unit(s) of this file as they are.</source>
        <translation>
            <numerusform>没有变化：文件中的 %n 套房屋与住户登记完全一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n unit(s): %1 added, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>已导入 %n 套房屋：新增 %1，更新 %2，不变 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s): %1 added, %2 with new phone numbers, %3 unchanged.</source>
        <translation>
            <numerusform>住户 %n 人：新增 %1，更新电话 %2，不变 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>New buildings: %1; new butler zones: %2.</source>
        <translation>新楼栋：%1 栋；新管家片区：%2 个。</translation>
    </message>
    <message>
        <source>Buildings added: %1; butler zones added: %2.</source>
        <translation>新增楼栋：%1 栋；新增管家片区：%2 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) read (text encoding %1).</source>
        <translation>
            <numerusform>共读取 %n 行数据（文本编码 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows are numbered as a spreadsheet shows them: the header is row 1.</source>
        <translation>行号与表格软件中显示的一致：标题行为第 1 行。</translation>
    </message>
</context>
<context>
    <name>IntakeInquiryWidget</name>
    <message>
        <source>Ans&amp;wered now</source>
        <translation>已当场答复(&amp;W)</translation>
    </message>
    <message>
        <source>Head a&amp;bsent: keep the contact</source>
        <translation>负责人不在：留联系方式(&amp;B)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>The answer given to the customer</source>
        <translation>给客户的答复</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>部门(&amp;P)</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>The department head&apos;s name</source>
        <translation>部门负责人姓名</translation>
    </message>
    <message>
        <source>Head&apos;s answer</source>
        <translation>负责人答复</translation>
    </message>
    <message>
        <source>If the head answers while the customer waits; otherwise the reply is owed</source>
        <translation>负责人当场答复时填写；否则需稍后回复客户</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Empty: the caller&apos;s number</source>
        <translation>留空则使用来电号码</translation>
    </message>
    <message>
        <source>Referred &amp;to the department head</source>
        <translation>转部门负责人(&amp;T)</translation>
    </message>
    <message>
        <source>Cont&amp;act phone</source>
        <translation>联系电话(&amp;A)</translation>
    </message>
</context>
<context>
    <name>IntakePromiseWidget</name>
    <message>
        <source>Promised the customer a reply b&amp;y</source>
        <translation>已向客户承诺答复时间(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>The form is too long to keep as a draft.</source>
        <translation>表单内容过长，无法保存为草稿。</translation>
    </message>
    <message>
        <source>Choose the unit, or write down who is asking.</source>
        <translation>请选择房号，或填写来访/来电人。</translation>
    </message>
    <message>
        <source>Write down what the customer said.</source>
        <translation>请记录客户反映的内容。</translation>
    </message>
    <message>
        <source>A call needs the caller&apos;s number.</source>
        <translation>来电须记录来电号码。</translation>
    </message>
    <message>
        <source>This is not a phone number (e.g. 13812345678 or 0755-86001234).</source>
        <translation>这不是有效的电话号码（例如 13812345678 或 0755-86001234）。</translation>
    </message>
    <message>
        <source>Choose what it is: repair, complaint, request, inquiry or other.</source>
        <translation>请选择事项类别：报修、投诉、建议、咨询或其他。</translation>
    </message>
    <message>
        <source>Choose what needs repairing.</source>
        <translation>请选择报修类别。</translation>
    </message>
    <message>
        <source>Write down the answer given.</source>
        <translation>请记录给客户的答复。</translation>
    </message>
    <message>
        <source>Keep a number to give the reply on.</source>
        <translation>请留下答复客户用的联系电话。</translation>
    </message>
    <message>
        <source>Major, urgent or sudden: report to the superior at once.</source>
        <translation>重大、紧急或突发事件：须立即上报上级。</translation>
    </message>
    <message>
        <source>Name the department the inquiry goes to.</source>
        <translation>请填写咨询转交的部门。</translation>
    </message>
    <message>
        <source>Write down the department head&apos;s name.</source>
        <translation>请填写部门负责人姓名。</translation>
    </message>
    <message>
        <source>That time has passed: promise the customer a time to come.</source>
        <translation>该时间已过：请向客户承诺一个将来的时间。</translation>
    </message>
</context>
<context>
    <name>LastChange</name>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation>您打开这条记录之后，别人改动了它。</translation>
    </message>
    <message>
        <source>%1 changed this record at %2, after you opened it.</source>
        <translation>您打开这条记录之后，%1 在 %2 改动了它。</translation>
    </message>
    <message>
        <source>What you typed is kept: “Reload and apply again” reads the record as it is now and saves your input on it; Cancel leaves it as the other desk saved it.</source>
        <translation>您输入的内容都保留着：点“重新读取并再次提交”会读取记录的最新状态，并在其上保存您的输入；点“取消”则保持另一台工作站保存的样子。</translation>
    </message>
    <message>
        <source>Another desk</source>
        <translation>另一个工作台</translation>
    </message>
    <message>
        <source>%1 Nothing was changed here.</source>
        <translation>%1本台没有做任何改动。</translation>
    </message>
    <message>
        <source>a time not recorded</source>
        <translation>未记录的时间</translation>
    </message>
</context>
<context>
    <name>LateFeeService</name>
    <message>
        <source>This unit owes no late fee today.</source>
        <translation>该户今天没有滞纳金。</translation>
    </message>
    <message>
        <source>The late fees changed since you looked (%1 now, %2 seen): look at them again.</source>
        <translation>滞纳金在您查看之后有变化（现为 %1，查看时为 %2），请重新查看。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %n day(s) to %3</source>
        <translation>
            <numerusform>%1 %2，%n 天，计至 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the late fee is waived.</source>
        <translation>请写明减免滞纳金的原因。</translation>
    </message>
    <message>
        <source>That bill has no late fee to waive today.</source>
        <translation>该账单今天没有可减免的滞纳金。</translation>
    </message>
</context>
<context>
    <name>LiftBookingService</name>
    <message>
        <source>Say when the booking starts.</source>
        <translation>请填写预约开始时间。</translation>
    </message>
    <message>
        <source>The booking ends after it starts.</source>
        <translation>预约结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>Book the lift one day at a time.</source>
        <translation>货梯每次只能预约一天之内的时段。</translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation>请选择房屋。</translation>
    </message>
    <message>
        <source>The cargo lift is booked from %1 to %2 for %3 (%4).</source>
        <translation>货梯在 %1 至 %2 已被 %3 预约（%4）。</translation>
    </message>
    <message>
        <source>Say why the booking is cancelled.</source>
        <translation>请说明取消预约的原因。</translation>
    </message>
    <message>
        <source>That booking is not on the calendar.</source>
        <translation>预约记录中没有这条预约。</translation>
    </message>
    <message>
        <source>%1 cancelled this booking at %2.</source>
        <translation>%1 已于 %2 取消了这次预约。</translation>
    </message>
</context>
<context>
    <name>LocalDrafts</name>
    <message>
        <source>The folder %1 for drafts on this computer cannot be made.</source>
        <translation>无法在本机建立存放草稿的文件夹 %1。</translation>
    </message>
    <message>
        <source>The draft cannot be written to %1: %2</source>
        <translation>草稿无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>MeterReadingService</name>
    <message>
        <source>Choose an item billed by meter reading, e.g. 水费.</source>
        <translation>请选择按抄表读数收费的项目，例如 水费。</translation>
    </message>
    <message>
        <source>Write the month read as year and month, e.g. 2026-12.</source>
        <translation>请按“年-月”填写抄表月份，例如 2026-12。</translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation>房屋资料中没有这个房号。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 of %3 is billed already; its reading can no longer change.</source>
        <translation>%1 的 %3 %2 已经计费，读数不能再更改。</translation>
    </message>
    <message>
        <source>The multiplier is a whole number, 1 or more.</source>
        <translation>倍率须为 1 或以上的整数。</translation>
    </message>
    <message>
        <source>Write the reading as the meter shows it, with at most two decimals.</source>
        <translation>请按表上显示填写读数，最多两位小数。</translation>
    </message>
    <message>
        <source>This is %1&apos;s first reading of %2: write the previous reading too (the meter&apos;s count when it was last billed).</source>
        <translation>这是 %1 第一次录入 %2 读数：请同时填写上期读数（上次计费时的表底数）。</translation>
    </message>
    <message>
        <source>The last reading on record is %1 (%2). Say in the note why the previous reading is different, e.g. 换新表.</source>
        <translation>记录中的上次读数为 %1（%2）。上期读数与之不同，请在备注中说明原因，例如 换新表。</translation>
    </message>
    <message>
        <source>The reading is below the previous one (%1). If the meter was replaced, write the new meter&apos;s first count as the previous reading and say so in the note.</source>
        <translation>本期读数低于上期读数（%1）。如已换表，请把新表的起始读数填为上期读数，并在备注中注明。</translation>
    </message>
    <message>
        <source>The file has a header row but no readings below it.</source>
        <translation>文件只有表头，下面没有读数。</translation>
    </message>
    <message>
        <source>This column is required, but the cell is empty.</source>
        <translation>此列为必填项，但该单元格为空。</translation>
    </message>
    <message>
        <source>There is no unit %1 in the registry.</source>
        <translation>房屋资料中没有房号 %1。</translation>
    </message>
    <message>
        <source>%1 is read twice in this file.</source>
        <translation>%1 在此文件中出现了两次。</translation>
    </message>
    <message>
        <source>The reading this one corrects no longer counts for %1. Choose the unit again.</source>
        <translation>要更正的那条读数在 %1 已不再有效。请重新选择房号。</translation>
    </message>
    <message>
        <source>%1&apos;s reading of %2 was recorded meanwhile: %3, by %4 at %5. Nothing was saved; it is in the list. To correct it, choose the unit again and record the right reading.</source>
        <translation>%1 在 %2 的读数刚刚已被登记：%3，由 %4 于 %5 录入。本次未保存；该读数已列在表中。如需更正，请重新选择房号并录入正确读数。</translation>
    </message>
    <message>
        <source>%1&apos;s reading of %2 was recorded after the preview: %3, by %4 at %5. Choose the sheet again to see what it corrects.</source>
        <translation>%1 的 %2 读数在预览之后已录入：%3，由 %4 于 %5 录入。请重新选择抄表单，查看它将更正哪些读数。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database was written by a newer FrontDesk (schema %1; this program knows up to %2). It was not changed. Install the newer FrontDesk to use it.</source>
        <translation>该数据库由更新版本的物业客服前台写入（数据结构版本 %1，本程序最高支持 %2），未做任何改动。请安装新版本后再使用。</translation>
    </message>
    <message>
        <source>Migration %1 cannot be read.</source>
        <translation>无法读取升级脚本 %1。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed, nothing was changed: %3</source>
        <translation>数据库升级到结构版本 %1（%2）失败，未做任何改动：%3</translation>
    </message>
    <message>
        <source>This database already holds other tables (%1…) and is not a FrontDesk database. It was not changed. Choose an empty database or a FrontDesk file.</source>
        <translation>该数据库中已有其他表（%1…），不是物业客服前台的数据库，未做任何改动。请选择空数据库或本程序的数据文件。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed, nothing was changed: a row of %3 refers to a missing row of %4.</source>
        <translation>数据库升级到结构版本 %1（%2）失败，未做任何改动：%3 中有一行引用了 %4 中不存在的行。</translation>
    </message>
</context>
<context>
    <name>MorningReviewService</name>
    <message>
        <source>There is no such review.</source>
        <translation>没有这次审阅记录。</translation>
    </message>
    <message>
        <source>(not yet accepted)</source>
        <translation>（尚未接班）</translation>
    </message>
    <message>
        <source>Handover at %1, %2: %3 to %4</source>
        <extracomment>A handover sheet in the morning review: post, time drafted, leaving person, arriving person.</extracomment>
        <translation>%1 交接，%2：%3 → %4</translation>
    </message>
    <message>
        <source>%1 — disputed: %2</source>
        <translation>%1 — 有异议：%2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Control room call at %1: %2</source>
        <translation>中控室 %1 来电：%2</translation>
    </message>
    <message>
        <source>Not yet entered as a ticket: %1</source>
        <translation>尚未补单：%1</translation>
    </message>
    <message>
        <source>The previous shifts have already been reviewed.</source>
        <translation>前几班的记录已审阅完毕。</translation>
    </message>
    <message>
        <source>This review is already complete.</source>
        <translation>本次审阅已完成。</translation>
    </message>
    <message>
        <source>That record is not part of this review.</source>
        <translation>该记录不属于本次审阅。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the previous shifts are not read yet.</source>
        <translation>
            <numerusform>前几班还有 %n 份记录未阅。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote on this record at %2.</source>
        <translation>%1 已于 %2 在这条记录上写了批注。</translation>
    </message>
</context>
<context>
    <name>MoveHandoverProvider</name>
    <message>
        <source>%1 %2 %3 %4 · day %5 · next: %6</source>
        <translation>%1 %2 %3 %4 · 约定日期 %5 · 下一步：%6</translation>
    </message>
</context>
<context>
    <name>MoveService</name>
    <message>
        <source>That move is not on record.</source>
        <translation>没有这件入伙/迁出记录。</translation>
    </message>
    <message>
        <source>%1 is %2: nothing more is done on it.</source>
        <translation>%1 %2，不能再办理。</translation>
    </message>
    <message>
        <source>There is no step “%1” of a %2.</source>
        <translation>%2没有“%1”这个步骤。</translation>
    </message>
    <message>
        <source>“%1” is in the list twice.</source>
        <translation>“%1”在列表中出现了两次。</translation>
    </message>
    <message>
        <source>“%1” is always a step of a %2.</source>
        <translation>“%1”是%2必须办理的步骤。</translation>
    </message>
    <message>
        <source>The database did not give out a number.</source>
        <translation>数据库未能生成编号。</translation>
    </message>
    <message>
        <source>Enter the day agreed for the move.</source>
        <translation>请填写约定的日期。</translation>
    </message>
    <message>
        <source>Choose who moves, or enter a new resident&apos;s name.</source>
        <translation>请选择办理人，或填写新住户的姓名。</translation>
    </message>
    <message>
        <source>A move-out is of someone in the registry: choose them.</source>
        <translation>迁出须是住户资料中的住户，请从中选择。</translation>
    </message>
    <message>
        <source>Choose the unit from the registry.</source>
        <translation>请从住户资料中选择房号。</translation>
    </message>
    <message>
        <source>That person is not a resident of %1.</source>
        <translation>此人不是 %1 的住户。</translation>
    </message>
    <message>
        <source>%1 has moved out already.</source>
        <translation>%1 已经迁出。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is open already: %3.</source>
        <translation>%1 已有办理中的%2：%3。</translation>
    </message>
    <message>
        <source>“%1” is done already: a step done is not changed.</source>
        <translation>“%1”已办理，办完的步骤不能更改。</translation>
    </message>
    <message>
        <source>“%1” comes first: do it or mark it not applicable before “%2”.</source>
        <translation>须先办理“%1”（或标为不适用），才能办理“%2”。</translation>
    </message>
    <message>
        <source>This move has no step “%1”.</source>
        <translation>这件办理没有“%1”这个步骤。</translation>
    </message>
    <message>
        <source>Say why this step does not apply.</source>
        <translation>请说明这一步不适用的原因。</translation>
    </message>
    <message>
        <source>“%1” always applies: it cannot be marked not applicable.</source>
        <translation>“%1”必须办理，不能标为不适用。</translation>
    </message>
    <message>
        <source>Enter the day this step is planned for.</source>
        <translation>请填写计划办理这一步的日期。</translation>
    </message>
    <message>
        <source>Say why the move will not happen.</source>
        <translation>请说明取消的原因。</translation>
    </message>
    <message>
        <source>%1 cancelled: %2</source>
        <translation>%1 已取消：%2</translation>
    </message>
    <message>
        <source>Say which room, e.g. 主卧.</source>
        <translation>请填写房间，例如 主卧。</translation>
    </message>
    <message>
        <source>Say what is wrong with what, e.g. 窗户.</source>
        <translation>请填写出问题的部位，例如 窗户。</translation>
    </message>
    <message>
        <source>Describe the defect.</source>
        <translation>请描述问题。</translation>
    </message>
    <message>
        <source>A compensation is more than zero.</source>
        <translation>赔偿金额须大于零。</translation>
    </message>
    <message>
        <source>Defects are recorded while “%1” is still to do.</source>
        <translation>问题须在“%1”办完之前登记。</translation>
    </message>
    <message>
        <source>A move-in&apos;s defects are repaired, not charged.</source>
        <translation>入伙验房发现的问题只安排维修，不收费。</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 damage: %2</source>
        <translation>%1 损坏赔偿：%2</translation>
    </message>
    <message>
        <source>%1 %2 found: %3</source>
        <translation>%1 %2 发现：%3</translation>
    </message>
    <message>
        <source>The defect was not saved.</source>
        <translation>问题未能保存。</translation>
    </message>
    <message>
        <source>Owed on %1: %2</source>
        <translation>%1 欠费：%2</translation>
    </message>
    <message>
        <source>The owner signs on the pad, or say why not.</source>
        <translation>请业主在签名板上签名，或说明未签名的原因。</translation>
    </message>
    <message>
        <source>Count the keys handed over, by kind.</source>
        <translation>请按种类清点移交的钥匙。</translation>
    </message>
    <message>
        <source>The owner signs for the keys on the pad, or say why not.</source>
        <translation>请业主在签名板上签收钥匙，或说明未签名的原因。</translation>
    </message>
    <message>
        <source>Enter the day, or mark the step not applicable.</source>
        <translation>请填写日期，或将这一步标为不适用。</translation>
    </message>
    <message>
        <source>%1 still owes %2: the cashier takes it before the move-out goes on.</source>
        <translation>%1 仍欠 %2：须先由收费员收取，才能继续办理迁出。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Not in %1&apos;s archive yet: %2. Record them first.</source>
        <translation>%1 的档案中还没有：%2。请先登记。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 holds %2 × %3: no more can be returned.</source>
        <translation>%1 只有 %2 把（张）%3，不能交回更多。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%2 × %1</translation>
    </message>
    <message>
        <source>Not returned: %1. Write what happened to them (lost, kept by the owner), or charge them.</source>
        <translation>未交回：%1。请在备注中说明去向（遗失、业主留存），或收取费用。</translation>
    </message>
    <message>
        <source>Not returned: %1</source>
        <translation>未交回：%1</translation>
    </message>
    <message>
        <source>Enter the day of the move.</source>
        <translation>请填写办理日期。</translation>
    </message>
    <message>
        <source>Give the cargo lift&apos;s slot a start and an end.</source>
        <translation>请填写货梯预约的起止时间。</translation>
    </message>
    <message>
        <source>Book the cargo lift on the day of the move.</source>
        <translation>货梯须预约在办理当天。</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>日期 %1</translation>
    </message>
    <message>
        <source>, cargo lift %1–%2</source>
        <translation>，货梯 %1–%2</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <translation>%1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>“%1” comes after “%2” and before “%3”.</source>
        <translation>“%1”须排在“%2”之后、“%3”之前。</translation>
    </message>
    <message>
        <source>“%1” is done: the move has changed the unit and goes on through its steps.</source>
        <translation>“%1”已办理：本次办理已改变该房屋的情况，须按剩余步骤办完，不能取消。</translation>
    </message>
    <message>
        <source>Count the keys returned: a number, zero or more.</source>
        <translation>请清点交回的钥匙：数量须为零或更多。</translation>
    </message>
    <message>
        <source>Enter a day at most %1 days before or after today.</source>
        <translation>请填写今天前后 %1 天以内的日期。</translation>
    </message>
    <message>
        <source>That slot has passed: book the cargo lift for a time to come.</source>
        <translation>该时段已过，请预约之后的时间。</translation>
    </message>
    <message>
        <source>, fees from this day</source>
        <translation>，自该日起计费</translation>
    </message>
    <message>
        <source>, the unit&apos;s fees run already</source>
        <translation>，该房号已在计费</translation>
    </message>
    <message>
        <source>Planned for %1: open the move for its next step</source>
        <translation>计划于 %1：请打开办理记录，办理下一步</translation>
    </message>
    <message>
        <source>%1 changed the move-in steps at %2.</source>
        <translation>%1 已于 %2 修改入伙步骤。</translation>
    </message>
    <message>
        <source>%1 changed the move-out steps at %2.</source>
        <translation>%1 已于 %2 修改退房步骤。</translation>
    </message>
    <message>
        <source>%1 changed the documents asked of an owner at %2.</source>
        <translation>%1 已于 %2 修改业主须提供的证件。</translation>
    </message>
    <message>
        <source>%1 changed the documents asked of a tenant at %2.</source>
        <translation>%1 已于 %2 修改租户须提供的证件。</translation>
    </message>
    <message>
        <source>%1 planned this step at %2, after you opened it.</source>
        <translation>您打开之后，%1 已于 %2 安排了此步骤的日期。</translation>
    </message>
    <message>
        <source>It is planned for %1 now; plan it again to change that.</source>
        <translation>现安排在 %1；如需更改，请再安排一次。</translation>
    </message>
    <message>
        <source>no day</source>
        <translation>未定日期</translation>
    </message>
</context>
<context>
    <name>MoveSteps</name>
    <message>
        <source>Move-in notice issued</source>
        <translation>发出入伙通知书</translation>
    </message>
    <message>
        <source>The notice (入伙通知书) went to the owner.</source>
        <translation>入伙通知书已发给业主。</translation>
    </message>
    <message>
        <source>Documents and agreement checked</source>
        <translation>核验资料和协议</translation>
    </message>
    <message>
        <source>The documents the site asks for are recorded in the owner&apos;s archive.</source>
        <translation>站点要求的证件已登记在业主档案中。</translation>
    </message>
    <message>
        <source>Service agreement signed</source>
        <translation>签订物业服务协议</translation>
    </message>
    <message>
        <source>The property service agreement is signed.</source>
        <translation>物业服务协议已签订。</translation>
    </message>
    <message>
        <source>House inspection with engineering (验房)</source>
        <translation>工程部陪同验房</translation>
    </message>
    <message>
        <source>Record each defect found; each becomes a repair ticket.</source>
        <translation>逐项登记发现的问题，每个问题生成一张报修工单。</translation>
    </message>
    <message>
        <source>Inspection signed</source>
        <translation>验房签字</translation>
    </message>
    <message>
        <source>The owner signs the inspection on the pad.</source>
        <translation>业主在签名板上确认验房结果。</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>移交钥匙</translation>
    </message>
    <message>
        <source>Count the keys by kind; the owner signs for the counts.</source>
        <translation>按种类清点钥匙，业主签收。</translation>
    </message>
    <message>
        <source>Temporary covenant signed (临时公约)</source>
        <translation>签署临时公约</translation>
    </message>
    <message>
        <source>The temporary covenant is signed.</source>
        <translation>临时公约已签署。</translation>
    </message>
    <message>
        <source>Move-in day and cargo lift</source>
        <translation>入住日期与货梯预约</translation>
    </message>
    <message>
        <source>The day the owner moves in (the fees start then) and, if needed, the cargo lift&apos;s slot.</source>
        <translation>业主入住的日期（自该日起计费），需要时预约货梯。</translation>
    </message>
    <message>
        <source>Renovation date, if any</source>
        <translation>装修日期（如有）</translation>
    </message>
    <message>
        <source>The day the renovation starts, or not applicable.</source>
        <translation>装修开始的日期，不装修的标为不适用。</translation>
    </message>
    <message>
        <source>Other needs (movers)</source>
        <translation>其他需求（搬家等）</translation>
    </message>
    <message>
        <source>Movers and anything else the owner asked for.</source>
        <translation>搬家公司及业主提出的其他需求。</translation>
    </message>
    <message>
        <source>Move-out day confirmed</source>
        <translation>确认迁出日期</translation>
    </message>
    <message>
        <source>The day of the move-out and, if needed, the cargo lift&apos;s slot.</source>
        <translation>迁出的日期，需要时预约货梯。</translation>
    </message>
    <message>
        <source>Outstanding fees checked</source>
        <translation>核对欠费</translation>
    </message>
    <message>
        <source>What the unit owes now is written on the step.</source>
        <translation>当前欠费金额记在这一步中。</translation>
    </message>
    <message>
        <source>Departments told</source>
        <translation>通知各部门</translation>
    </message>
    <message>
        <source>Engineering, security and cleaning know the day.</source>
        <translation>工程、安管和保洁已知迁出日期。</translation>
    </message>
    <message>
        <source>Inspection for damage</source>
        <translation>查验损坏</translation>
    </message>
    <message>
        <source>Record each damage: repaired (a repair ticket) or compensated (a fee line).</source>
        <translation>逐项登记损坏：安排维修（报修工单）或赔偿（记一笔费用）。</translation>
    </message>
    <message>
        <source>All fees settled</source>
        <translation>结清全部费用</translation>
    </message>
    <message>
        <source>Passes only when the unit owes nothing.</source>
        <translation>该房号无任何欠费时才能通过。</translation>
    </message>
    <message>
        <source>Keys returned</source>
        <translation>交回钥匙</translation>
    </message>
    <message>
        <source>Count the keys returned; a missing one needs a note (or is charged).</source>
        <translation>清点交回的钥匙；未交回的须说明（或收取费用）。</translation>
    </message>
    <message>
        <source>Cleaning told</source>
        <translation>通知保洁</translation>
    </message>
    <message>
        <source>Cleaning knows the unit is empty.</source>
        <translation>保洁已知该房屋已腾空。</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>入伙</translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办理</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>MoveTerms</name>
    <message>
        <source>door key</source>
        <translation>房门钥匙</translation>
    </message>
    <message>
        <source>mailbox key</source>
        <translation>信箱钥匙</translation>
    </message>
    <message>
        <source>access card</source>
        <translation>门禁卡</translation>
    </message>
    <message>
        <source>parking card</source>
        <translation>停车卡</translation>
    </message>
    <message>
        <source>other key</source>
        <translation>其他钥匙</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>交回</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>遗失</translation>
    </message>
    <message>
        <source>new one made</source>
        <translation>补办</translation>
    </message>
    <message>
        <source>move-in</source>
        <translation>入伙</translation>
    </message>
    <message>
        <source>move-out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>purchase contract</source>
        <translation>购房合同</translation>
    </message>
    <message>
        <source>lease</source>
        <translation>租赁合同</translation>
    </message>
    <message>
        <source>property certificate</source>
        <translation>房产证</translation>
    </message>
    <message>
        <source>other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>验房</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>other file</source>
        <translation>其他文件</translation>
    </message>
</context>
<context>
    <name>NightCallText</name>
    <message>
        <source>Not dispatched</source>
        <translation>未派工</translation>
    </message>
    <message>
        <source>Call at %1</source>
        <translation>%1 来电</translation>
    </message>
</context>
<context>
    <name>OneOffChargeService</name>
    <message>
        <source>Choose an item charged one at a time (set up under Charge items), e.g. 特约服务.</source>
        <translation>请选择一个逐笔收费的项目（在“收费项目”中设立），例如 特约服务。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, more than zero, with at most two decimals.</source>
        <translation>请以元为单位填写金额，须大于零，最多两位小数。</translation>
    </message>
    <message>
        <source>Say what the charge is for, e.g. 更换水龙头.</source>
        <translation>请写明收费内容，例如 更换水龙头。</translation>
    </message>
    <message>
        <source>Choose the unit first.</source>
        <translation>请先选择房号。</translation>
    </message>
    <message>
        <source>Write the month as year and month, e.g. 2026-11.</source>
        <translation>请按“年-月”填写月份，例如 2026-11。</translation>
    </message>
    <message>
        <source>No returned repair up to the end of %1 has a charge left to bill.</source>
        <translation>截至 %1 月底，没有尚未计费的有偿维修。</translation>
    </message>
    <message>
        <source>The repairs&apos; charges changed since you looked (%1 now, %2 seen): look at them again.</source>
        <translation>维修收费在您查看之后有变化（现为 %1，查看时为 %2），请重新查看。</translation>
    </message>
    <message>
        <source>%1 unpaid · %2</source>
        <translation>%1未缴 · %2</translation>
    </message>
    <message>
        <source>%1 (%2) was due on %3 and is not paid: remind the owner.</source>
        <translation>%1（%2）应于 %3 前缴清，至今未缴，请提醒业主。</translation>
    </message>
    <message>
        <source>Special services unpaid</source>
        <translation>特约服务未缴</translation>
    </message>
    <message>
        <source>%1 is not a deposit: choose a deposit item.</source>
        <translation>“%1”不是押金类收费项目，请选择押金项目。</translation>
    </message>
</context>
<context>
    <name>OnePagePdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Nothing could be written to %1.</source>
        <translation>未能写入 %1。</translation>
    </message>
</context>
<context>
    <name>OpeningBalanceService</name>
    <message>
        <source>The file has a header row but no balances below it.</source>
        <translation>文件只有表头，下面没有欠费记录。</translation>
    </message>
    <message>
        <source>This column is required, but the cell is empty.</source>
        <translation>此列为必填项，但该单元格为空。</translation>
    </message>
    <message>
        <source>There is no unit %1 in the registry: import the units first.</source>
        <translation>住户登记中没有房号 %1：请先导入房号。</translation>
    </message>
    <message>
        <source>There is no charge item %1: set it up under Charge items first, by this code or name.</source>
        <translation>没有收费项目 %1：请先在“收费项目”中按此代码或名称设立。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write year and month, e.g. 2026-10.</source>
        <translation>“%1”不是月份：请写年和月，例如 2026-10。</translation>
    </message>
    <message>
        <source>%1 has not begun: an opening balance is owed for a month that has.</source>
        <translation>%1 尚未开始：期初欠费只能是已经开始的月份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount owed: write yuan, more than zero, with at most two decimals, e.g. 223.43.</source>
        <translation>“%1”不是欠费金额：请以元为单位填写，须大于零，最多两位小数，例如 223.43。</translation>
    </message>
    <message>
        <source>%1 %2 for %3 is already on row %4; each is owed once.</source>
        <translation>%1 %3 的%2已在第 %4 行，每笔只能出现一次。</translation>
    </message>
    <message>
        <source>%1 is already billed %2 for %3; an opening balance cannot bill it again.</source>
        <translation>%1 %3 的%2已经计费，期初欠费不能重复计费。</translation>
    </message>
</context>
<context>
    <name>OwnerArchiveService</name>
    <message>
        <source>Choose the file to file.</source>
        <translation>请选择要归档的文件。</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 处没有文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation>%1 超过 %2 MB；请用较低的分辨率扫描。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 无法读取：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is not a PDF or a picture (JPEG, PNG, TIFF).</source>
        <translation>%1 不是 PDF 或图片（JPEG、PNG、TIFF）。</translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation>请选择房屋。</translation>
    </message>
    <message>
        <source>That person is not a resident of this unit.</source>
        <translation>此人不是该房屋的住户。</translation>
    </message>
    <message>
        <source>Say what the file is, e.g. 购房合同 第1-3页.</source>
        <translation>请说明这是什么文件，如“购房合同 第1-3页”。</translation>
    </message>
    <message>
        <source>Write the document&apos;s number.</source>
        <translation>请填写证件号码。</translation>
    </message>
    <message>
        <source>The day the document was seen is today or earlier.</source>
        <translation>查验证件的日期须为今天或以前。</translation>
    </message>
    <message>
        <source>That file is not in the archive.</source>
        <translation>档案中没有这个文件。</translation>
    </message>
    <message>
        <source>%1 no longer matches what was filed; restore the latest backup and run frontdesk --check.</source>
        <translation>%1 与归档时不一致；请恢复最近的备份并运行 frontdesk --check。</translation>
    </message>
    <message>
        <source>file %1 (%2 of %3) does not match its hash</source>
        <translation>文件 %1（%3 的 %2）与其哈希值不符</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>住户登记</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Storage and mail</source>
        <translation>寄存与邮件</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Night calls</source>
        <translation>夜间来电</translation>
    </message>
    <message>
        <source>Morning review</source>
        <translation>晨间审阅</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>站点设置</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Move-ins and move-outs</source>
        <translation>入伙与迁出</translation>
    </message>
    <message>
        <source>Renovations</source>
        <translation>装修管理</translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ParcelHandoverProvider</name>
    <message numerus="yes">
        <source>%1 %n piece(s) (%2), waiting since %3</source>
        <translation>
            <numerusform>%1 %n 件（%2），%3 起待领取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelService</name>
    <message>
        <source>That parcel is not on record.</source>
        <translation>没有这件快递的记录。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Newspaper / magazine</source>
        <translation>报刊</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Note left</source>
        <translation>留通知单</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Name the courier who brought the batch.</source>
        <translation>请填写送来这批快递的快递公司。</translation>
    </message>
    <message>
        <source>The courier&apos;s name is too long.</source>
        <translation>快递公司名称过长。</translation>
    </message>
    <message>
        <source>Add at least one piece to the batch.</source>
        <translation>本批次至少须登记一件。</translation>
    </message>
    <message>
        <source>Line %1: choose the unit the piece is for.</source>
        <translation>第 %1 行：请选择收件房号。</translation>
    </message>
    <message>
        <source>Line %1: that unit is not in the registry.</source>
        <translation>第 %1 行：该房号不在房产资料中。</translation>
    </message>
    <message>
        <source>Line %1: count the pieces (1 to %2).</source>
        <translation>第 %1 行：请填写件数（1 至 %2）。</translation>
    </message>
    <message>
        <source>Line %1: the tracking number is too long.</source>
        <translation>第 %1 行：运单号过长。</translation>
    </message>
    <message>
        <source>Line %1: describe the damage.</source>
        <translation>第 %1 行：请描述破损情况。</translation>
    </message>
    <message>
        <source>%1 for %2 not picked up</source>
        <translation>%2 的%1未领取</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) from %1, here since %2: tell the resident again.</source>
        <translation>
            <numerusform>%1 送达的 %n 件，自 %2 起未领取，请再次通知住户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) from %1 (%2), here since %3: tell the resident again.</source>
        <translation>
            <numerusform>%1（%2）送达的 %n 件，自 %3 起未领取，请再次通知住户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the parcels the resident was told about.</source>
        <translation>请选择已通知住户的快递。</translation>
    </message>
    <message>
        <source>Say where the note was left.</source>
        <translation>请注明通知单留在何处。</translation>
    </message>
    <message>
        <source>This parcel for %1 was already picked up.</source>
        <translation>%1 的这件快递已被领取。</translation>
    </message>
    <message>
        <source>Choose the parcels being picked up.</source>
        <translation>请选择要领取的快递。</translation>
    </message>
    <message>
        <source>A parcel for %1 was already picked up on %2.</source>
        <translation>%1 的一件快递已于 %2 被领取。</translation>
    </message>
    <message>
        <source>Hand over the parcels of one unit at a time.</source>
        <translation>每次只能办理一个房号的快递领取。</translation>
    </message>
    <message>
        <source>Write down who is picking up.</source>
        <translation>请记录领取人。</translation>
    </message>
    <message>
        <source>A parcel for %1 was just picked up at another desk.</source>
        <translation>%1 的一件快递刚在其他前台被领取。</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再输入一次密码：</translation>
    </message>
</context>
<context>
    <name>PaymentNoticePrinter</name>
    <message>
        <source>Payment Notice</source>
        <translation>缴费通知单</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>月份：%1</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>房号：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>业主：</translation>
    </message>
    <message>
        <source>(not registered)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>应缴</translation>
    </message>
    <message>
        <source>Still unpaid from earlier months</source>
        <translation>往期欠费</translation>
    </message>
    <message>
        <source>Total to pay, in words:</source>
        <translation>应缴合计（大写）：</translation>
    </message>
    <message>
        <source>Please pay by &lt;b&gt;%1&lt;/b&gt; at the service center&apos;s counter (cash, bank card, WeChat Pay or Alipay) or by bank transfer, quoting unit %2.</source>
        <translation>请于 &lt;b&gt;%1&lt;/b&gt; 前到客服中心收费处缴纳（现金、银行卡、微信或支付宝），或银行转账并注明房号 %2。</translation>
    </message>
    <message>
        <source>Part one: for the owner</source>
        <translation>第一联：业主联</translation>
    </message>
    <message>
        <source>Part two: the office&apos;s stub (bring it along when paying)</source>
        <translation>第二联：存根联（缴费时请携带）</translation>
    </message>
    <message>
        <source>Payment notice %1 %2</source>
        <translation>缴费通知单 %1 %2</translation>
    </message>
    <message>
        <source>Payment notices %1</source>
        <translation>缴费通知单 %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <source>Nothing is left to pay for this month.</source>
        <translation>本月费用已缴清，无需再缴。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>账单号</translation>
    </message>
</context>
<context>
    <name>PaymentNoticeService</name>
    <message>
        <source>Write the month as year and month, e.g. 2026-12.</source>
        <translation>请按年-月填写月份，例如 2026-12。</translation>
    </message>
    <message numerus="yes">
        <source>%1 could be %n unit(s); write its code in full.</source>
        <translation>
            <numerusform>%1 可能是 %n 个房屋，请写完整房号。</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit %1 in the registry.</source>
        <translation>住户登记中没有房屋 %1。</translation>
    </message>
    <message>
        <source>Finance has not checked the billing of %1 yet; its notices print once it is checked.</source>
        <translation>%1 的计费尚未经财务审核，审核后才能打印缴费通知单。</translation>
    </message>
    <message>
        <source>Nothing is billed for %1 there.</source>
        <translation>所选范围 %1 没有计费。</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>That unit is not in the registry.</source>
        <translation>该房号不在住户档案中。</translation>
    </message>
    <message>
        <source>Write the amount received, more than zero, in yuan and fen.</source>
        <translation>请填写实收金额（元，可到分），须大于零。</translation>
    </message>
    <message>
        <source>Write the transaction&apos;s number from the %1 slip or screen.</source>
        <translation>请填写%1凭条或付款界面上的交易单号。</translation>
    </message>
    <message>
        <source>A bill picked is settled already or is not this unit&apos;s: open the unit&apos;s account again.</source>
        <translation>所选账单已结清或不属于该房屋，请重新打开该房屋的账户。</translation>
    </message>
    <message>
        <source>A manager approves taking a payment back: %1 may not.</source>
        <translation>冲销收款须由管理处经理审批，%1 无此权限。</translation>
    </message>
    <message>
        <source>Say why the payment is taken back.</source>
        <translation>请写明冲销这笔收款的原因。</translation>
    </message>
    <message>
        <source>Receipt %1 was taken back already, on %2.</source>
        <translation>收据 %1 已于 %2 冲销。</translation>
    </message>
    <message>
        <source>%1 of receipt %2 was kept as prepaid and has settled later bills since; only %3 is left. Ask the manager how to correct it.</source>
        <translation>收据 %2 中 %1 已转为预存，并已抵扣之后的账单，现仅余 %3。请向管理处经理请示如何更正。</translation>
    </message>
    <message>
        <source>No receipt %1.</source>
        <translation>没有编号为 %1 的收据。</translation>
    </message>
    <message>
        <source>That payment is not on record.</source>
        <translation>没有这笔收款记录。</translation>
    </message>
    <message>
        <source>Receipt %1 paid a deposit that has had damages deducted or been refunded since: it is not taken back. Ask the manager how to correct it.</source>
        <translation>收据 %1 所交的押金此后已扣款或退还，不能冲回。请请示经理如何更正。</translation>
    </message>
</context>
<context>
    <name>PgPass</name>
    <message>
        <source>%1 cannot be read, so the password was not saved.</source>
        <translation>无法读取 %1，密码没有保存。</translation>
    </message>
    <message>
        <source>The password could not be saved in %1.</source>
        <translation>无法把密码保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Receipt</source>
        <translation>收款收据</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>收款日期：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>房号：</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>交款人：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n month(s)</source>
        <translation>
            <numerusform>%1 起 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepaid (kept for the next bills)</source>
        <translation>预存款（抵扣以后的账单）</translation>
    </message>
    <message>
        <source>Total in words:</source>
        <translation>合计人民币（大写）：</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>交易单号 %1</translation>
    </message>
    <message>
        <source>Paid with:</source>
        <translation>收款方式：</translation>
    </message>
    <message>
        <source>Cashier:</source>
        <translation>收款人：</translation>
    </message>
    <message>
        <source>Payer&apos;s signature:</source>
        <translation>交款人签字：</translation>
    </message>
    <message>
        <source>(office seal)</source>
        <translation>（单位盖章）</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>taken back on %1: %2 (approved by %3)</source>
        <translation>已于 %1 冲销：%2（审批人：%3）</translation>
    </message>
    <message>
        <source>Part one: for the payer</source>
        <translation>第一联&#x3000;交款人收执</translation>
    </message>
    <message>
        <source>Part two: the office&apos;s stub</source>
        <translation>第二联&#x3000;存根</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
</context>
<context>
    <name>RegistryDisplay</name>
    <message>
        <source>Residential</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商铺</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>写字间</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
</context>
<context>
    <name>RegistryService</name>
    <message>
        <source>There is no unit with the number %1.</source>
        <translation>找不到记录编号为 %1 的房屋。</translation>
    </message>
    <message>
        <source>Notes may be at most %1 characters long.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>There is no resident with the number %1.</source>
        <translation>找不到记录编号为 %1 的住户。</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s name.</source>
        <translation>请填写住户姓名。</translation>
    </message>
    <message>
        <source>A name may be at most %1 characters long.</source>
        <translation>姓名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: 11 digits for a mobile (13812345678), or a landline with its area code (0755-86001234).</source>
        <translation>“%1”不是电话号码：手机为 11 位数字（13812345678），固定电话须带区号（0755-86001234）。</translation>
    </message>
    <message>
        <source>%1 is already on record for this unit as %2; correct that entry instead.</source>
        <translation>%1 已经登记为该房号的%2，请更正那条记录。</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>%1 has moved out; their record is kept as it was. Add a new resident instead.</source>
        <translation>%1 已迁出，其记录保持原样。请添加新住户。</translation>
    </message>
    <message>
        <source>%1 is already on record for this unit.</source>
        <translation>%1 已经登记在该房号下。</translation>
    </message>
    <message>
        <source>Record a move-out on the day it happened: today or earlier, not in the future.</source>
        <translation>迁出日期应为实际迁出的日子：今天或更早，不能是将来的日期。</translation>
    </message>
    <message>
        <source>%1 recorded this move-out at %2.</source>
        <translation>%1 已于 %2 登记此住户迁出。</translation>
    </message>
    <message>
        <source>%1 has already moved out.</source>
        <translation>%1 已经迁出。</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>This reminder is no longer open.</source>
        <translation>此提醒已不再待办。</translation>
    </message>
    <message>
        <source>This reminder goes away when the ticket is acted on.</source>
        <translation>处理该工单后，此提醒会自动消除。</translation>
    </message>
    <message>
        <source>%1 confirmed this report at %2.</source>
        <translation>%1 已于 %2 确认了这条报告。</translation>
    </message>
</context>
<context>
    <name>ReminderTerms</name>
    <message>
        <source>Forward or answer due</source>
        <translation>待转派/答复</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>跟催到期</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>处理时限到期</translation>
    </message>
    <message>
        <source>Definite reply due</source>
        <translation>明确答复到期</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>回访到期</translation>
    </message>
    <message>
        <source>Report to the manager</source>
        <translation>上报管理处经理</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>客户助理</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理处经理</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>需立即核查</translation>
    </message>
    <message>
        <source>Judge this complaint</source>
        <translation>请判定此投诉</translation>
    </message>
    <message>
        <source>Result back: reply today</source>
        <translation>处理结果已交回：今天内答复客户</translation>
    </message>
</context>
<context>
    <name>RenovationHandoverProvider</name>
    <message>
        <source>Renovation %1 %2 %3 · %4 · ends %5</source>
        <translation>装修 %1 %2 %3 · %4 · %5 完工</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to put right</source>
        <translation>
            <numerusform>%n 个问题待整改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenovationService</name>
    <message numerus="yes">
        <source>%n problem(s) found at the inspections are not put right yet: record them fixed first.</source>
        <translation>
            <numerusform>巡查发现的 %n 个问题尚未整改，请先登记整改完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what is to be put right before the next acceptance.</source>
        <translation>请写明下次验收前须整改的内容。</translation>
    </message>
    <message>
        <source>Nobody has asked for the acceptance of %1 yet: record the request first.</source>
        <translation>%1 尚未申请验收，请先登记验收申请。</translation>
    </message>
    <message>
        <source>Renovation deposit %1 · %2 %3</source>
        <translation>装修押金 %1 · %2 %3</translation>
    </message>
    <message>
        <source>Accepted %1: the deposit&apos;s refund is due %2</source>
        <translation>%1 验收合格，押金应于 %2 退还</translation>
    </message>
    <message>
        <source>Describe the damage the deduction is for.</source>
        <translation>请写明扣款所对应的损坏情况。</translation>
    </message>
    <message>
        <source>Enter the amount to deduct.</source>
        <translation>请填写扣款金额。</translation>
    </message>
    <message>
        <source>The deposit is refunded from %1, %2 month(s) after the acceptance.</source>
        <translation>押金自 %1 起退还（验收合格满 %2 个月）。</translation>
    </message>
    <message>
        <source>There is no such renovation.</source>
        <translation>没有这项装修记录。</translation>
    </message>
    <message>
        <source>There is no such pass.</source>
        <translation>没有这张出入证。</translation>
    </message>
    <message>
        <source>%1 is %2: that is not done at this stage.</source>
        <translation>%1 当前为“%2”，此阶段不能办理该项。</translation>
    </message>
    <message>
        <source>Enter the name of the work.</source>
        <translation>请填写施工项目名称。</translation>
    </message>
    <message>
        <source>There is no such item of work.</source>
        <translation>没有这个施工项目。</translation>
    </message>
    <message>
        <source>The database did not give out a number.</source>
        <translation>数据库未能生成编号。</translation>
    </message>
    <message>
        <source>Enter the decoration company&apos;s name.</source>
        <translation>请填写装修公司名称。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s business licence number.</source>
        <translation>请填写装修公司营业执照号。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s person in charge.</source>
        <translation>请填写装修公司负责人。</translation>
    </message>
    <message>
        <source>Enter the person in charge&apos;s phone number.</source>
        <translation>请填写负责人的电话号码。</translation>
    </message>
    <message>
        <source>Tick what the work covers.</source>
        <translation>请勾选施工范围。</translation>
    </message>
    <message>
        <source>“%1” is not on the site&apos;s list of work.</source>
        <translation>“%1”不在本项目的施工项目清单中。</translation>
    </message>
    <message>
        <source>Enter the day the work starts.</source>
        <translation>请填写开工日期。</translation>
    </message>
    <message>
        <source>Enter the day the work ends, not before it starts.</source>
        <translation>请填写完工日期，不得早于开工日期。</translation>
    </message>
    <message>
        <source>The work would have ended already: check the days.</source>
        <translation>完工日期已过，请核对日期。</translation>
    </message>
    <message>
        <source>A renovation is planned for a year at most; extend it later.</source>
        <translation>装修工期最长一年，如需更长请日后办理延期。</translation>
    </message>
    <message>
        <source>Attach the drawings of the work.</source>
        <translation>请附上施工图纸。</translation>
    </message>
    <message>
        <source>Renovation %1, round %2: drawing %3</source>
        <translation>装修 %1 第 %2 轮：图纸 %3</translation>
    </message>
    <message>
        <source>Choose the owner from the unit&apos;s residents.</source>
        <translation>请从该房屋的住户中选择业主。</translation>
    </message>
    <message>
        <source>%1 has moved out.</source>
        <translation>%1 已迁出。</translation>
    </message>
    <message>
        <source>The unit&apos;s renovation %1 is still open: one at a time.</source>
        <translation>该房屋的装修 %1 尚未结束，同一房屋一次只办理一项装修。</translation>
    </message>
    <message>
        <source>Say what the applicant is to change.</source>
        <translation>请写明申请人需要修改的内容。</translation>
    </message>
    <message>
        <source>Not allowed, so it cannot be approved: %1. Reject the round with what to change.</source>
        <translation>以下项目禁止施工，不能批准：%1。请退回并写明修改要求。</translation>
    </message>
    <message>
        <source>The owner signs the renovation agreement, on the pad or on the paper copy.</source>
        <translation>装修协议须由业主签字（签字板或纸质协议）。</translation>
    </message>
    <message>
        <source>Renovation agreement %1</source>
        <translation>装修协议 %1</translation>
    </message>
    <message>
        <source>The deposit of %1 is charged already.</source>
        <translation>%1 的押金已经收取。</translation>
    </message>
    <message>
        <source>Renovation deposit</source>
        <translation>装修押金</translation>
    </message>
    <message>
        <source>The waste fee is an item of its own.</source>
        <translation>装修垃圾清运费须使用单独的收费项目。</translation>
    </message>
    <message>
        <source>Decoration-waste fee</source>
        <translation>装修垃圾清运费</translation>
    </message>
    <message>
        <source>Charge the deposit and the waste fee first.</source>
        <translation>请先收取押金和装修垃圾清运费。</translation>
    </message>
    <message>
        <source>%1 of the deposit and the waste fee is still to pay at the counter.</source>
        <translation>押金和装修垃圾清运费尚有 %1 未在收费处缴清。</translation>
    </message>
    <message>
        <source>Say why the renovation is withdrawn.</source>
        <translation>请写明撤销装修申请的原因。</translation>
    </message>
    <message>
        <source>Renovation %1 · %2 %3</source>
        <translation>装修 %1 · %2 %3</translation>
    </message>
    <message>
        <source>Planned to end %1: acceptance asked for, or the end extended</source>
        <translation>计划 %1 完工：请申请验收或办理延期</translation>
    </message>
    <message>
        <source>Enter the worker&apos;s name.</source>
        <translation>请填写施工人员姓名。</translation>
    </message>
    <message>
        <source>Enter the worker&apos;s ID number as on the card.</source>
        <translation>请按身份证填写施工人员的证件号码。</translation>
    </message>
    <message>
        <source>Enter the worker&apos;s phone number.</source>
        <translation>请填写施工人员的电话号码。</translation>
    </message>
    <message>
        <source>Say why the worker leaves the roster.</source>
        <translation>请写明施工人员离场的原因。</translation>
    </message>
    <message>
        <source>That worker is not on a roster.</source>
        <translation>该施工人员不在登记名单中。</translation>
    </message>
    <message>
        <source>Worker removed from the roster: %1</source>
        <translation>施工人员已离场：%1</translation>
    </message>
    <message>
        <source>Enter the first day the pass is valid.</source>
        <translation>请填写出入证的起始有效日期。</translation>
    </message>
    <message>
        <source>Enter the last day the pass is valid, not before the first.</source>
        <translation>请填写出入证的截止日期，不得早于起始日期。</translation>
    </message>
    <message>
        <source>Choose a worker on the roster.</source>
        <translation>请选择登记名单中的施工人员。</translation>
    </message>
    <message>
        <source>%1 is off the roster: no pass is issued.</source>
        <translation>%1 已离场，不能办理出入证。</translation>
    </message>
    <message>
        <source>The pass would have run out already.</source>
        <translation>出入证截止日期已过。</translation>
    </message>
    <message>
        <source>The renovation ends %1: a pass is valid until then at most.</source>
        <translation>装修 %1 完工，出入证最长有效至当日。</translation>
    </message>
    <message>
        <source>The work starts %1: a pass is valid from then.</source>
        <translation>装修 %1 开工，出入证自当日起有效。</translation>
    </message>
    <message>
        <source>Say why the pass is voided (lost, taken back).</source>
        <translation>请写明作废原因（遗失、收回等）。</translation>
    </message>
    <message>
        <source>Enter the pass&apos;s number.</source>
        <translation>请填写出入证编号。</translation>
    </message>
    <message>
        <source>No pass has the number %1.</source>
        <translation>没有编号为 %1 的出入证。</translation>
    </message>
    <message>
        <source>Pass %1 was voided: %2.</source>
        <translation>出入证 %1 已作废：%2。</translation>
    </message>
    <message>
        <source>%1 is off the renovation&apos;s roster.</source>
        <translation>%1 已从施工人员名单中离场。</translation>
    </message>
    <message>
        <source>Renovation %1 is not in progress (%2).</source>
        <translation>装修 %1 不在施工中（%2）。</translation>
    </message>
    <message>
        <source>Renovation %1 ended %2.</source>
        <translation>装修 %1 已于 %2 到期。</translation>
    </message>
    <message>
        <source>Pass %1 ran out %2.</source>
        <translation>出入证 %1 已于 %2 过期。</translation>
    </message>
    <message>
        <source>Pass %1 is valid from %2.</source>
        <translation>出入证 %1 自 %2 起有效。</translation>
    </message>
    <message>
        <source>Enter the day of the inspection, today or before.</source>
        <translation>请填写巡查日期（今天或之前）。</translation>
    </message>
    <message>
        <source>Enter who inspected.</source>
        <translation>请填写巡查人。</translation>
    </message>
    <message>
        <source>Write what the inspection found, or that all was in order.</source>
        <translation>请填写巡查情况，无问题也请注明。</translation>
    </message>
    <message>
        <source>Say how the owner was told of the problem.</source>
        <translation>请写明如何告知业主该问题。</translation>
    </message>
    <message>
        <source>Enter the day the problem is to be put right by.</source>
        <translation>请填写整改期限。</translation>
    </message>
    <message>
        <source>Renovation %1 · %2: problem to put right</source>
        <translation>装修 %1 · %2：问题待整改</translation>
    </message>
    <message>
        <source>Due %1: %2</source>
        <translation>期限 %1：%2</translation>
    </message>
    <message>
        <source>Say how it was put right and who checked it.</source>
        <translation>请写明整改情况及复查人。</translation>
    </message>
    <message>
        <source>That inspection has no problem left to put right.</source>
        <translation>该次巡查没有待整改的问题。</translation>
    </message>
    <message>
        <source>Say why the work needs longer.</source>
        <translation>请写明延期原因。</translation>
    </message>
    <message>
        <source>The work ends %1 now: enter a later day.</source>
        <translation>当前完工日期为 %1，请填写更晚的日期。</translation>
    </message>
    <message>
        <source>No deposit is charged yet.</source>
        <translation>尚未收取押金。</translation>
    </message>
    <message>
        <source>%1 is a tenant: the owner applies for a renovation.</source>
        <translation>%1 是租户，装修须由业主申请。</translation>
    </message>
    <message>
        <source>The charge of %1 was taken back: charge the deposit and the waste fee again.</source>
        <translation>“%1”已冲销，请重新收取押金和装修垃圾清运费。</translation>
    </message>
    <message>
        <source>The deposit is charged: the renovation goes on to its refund, it is not withdrawn (a charge not paid yet is taken back at the cashier&apos;s first).</source>
        <translation>押金已收取，不能撤销申请，须办理至退还押金（尚未缴纳的，请先由收费处冲销）。</translation>
    </message>
    <message>
        <source>%1 took the worker off the roster at %2.</source>
        <translation>%1 已于 %2 将该工人移出名册。</translation>
    </message>
    <message>
        <source>%1 voided pass %3 at %2.</source>
        <translation>%1 已于 %2 作废了出入证 %3。</translation>
    </message>
    <message>
        <source>%1 recorded this problem as put right at %2.</source>
        <translation>%1 已于 %2 登记该问题已整改。</translation>
    </message>
    <message>
        <source>Round %1 of the acceptance of %2 is decided: %3, by %4 at %5. Another round needs the owner&apos;s request first.</source>
        <translation>%2 第 %1 轮验收已有结论：%3，由 %4 于 %5 作出。再验收需先登记业主的申请。</translation>
    </message>
    <message>
        <source>%1 changed this item at %2; the list shows it as it is now.</source>
        <translation>%1 已于 %2 修改此项目，清单显示的是当前内容。</translation>
    </message>
    <message>
        <source>Round %1 was submitted by %2 at %3, after you opened the round before it: read it before deciding. Nothing was changed here.</source>
        <translation>您打开上一轮之后，%2 已于 %3 提交第 %1 轮申请：请先阅读再作决定。此处未作任何更改。</translation>
    </message>
</context>
<context>
    <name>RenovationTerms</name>
    <message>
        <source>under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>returned to change</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>approved, agreement next</source>
        <translation>已批准，待签协议</translation>
    </message>
    <message>
        <source>agreement signed, deposit next</source>
        <translation>已签协议，待交押金</translation>
    </message>
    <message>
        <source>work in progress</source>
        <translation>施工中</translation>
    </message>
    <message>
        <source>acceptance asked for</source>
        <translation>已申请验收</translation>
    </message>
    <message>
        <source>accepted, deposit held</source>
        <translation>验收合格，押金待退</translation>
    </message>
    <message>
        <source>deposit refunded</source>
        <translation>押金已退</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>needs engineering&apos;s approval</source>
        <translation>须工程部审批</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>engineering</source>
        <translation>工程部</translation>
    </message>
    <message>
        <source>security</source>
        <translation>安保部</translation>
    </message>
    <message>
        <source>Wall, floor and ceiling finishes</source>
        <translation>墙面、地面与吊顶装饰</translation>
    </message>
    <message>
        <source>Non-load-bearing walls</source>
        <translation>非承重墙改动</translation>
    </message>
    <message>
        <source>Water and electricity lines</source>
        <translation>水电线路改造</translation>
    </message>
    <message>
        <source>Balcony</source>
        <translation>阳台</translation>
    </message>
    <message>
        <source>Façade, outer windows and doors</source>
        <translation>外立面及外门窗</translation>
    </message>
    <message>
        <source>Load-bearing walls and structure</source>
        <translation>承重墙与主体结构</translation>
    </message>
</context>
<context>
    <name>RenovationWeek</name>
    <message>
        <source>Applications received</source>
        <translation>受理装修申请</translation>
    </message>
    <message>
        <source>Approved by engineering</source>
        <translation>工程部批准</translation>
    </message>
    <message>
        <source>Returned to change</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Inspections with a problem</source>
        <translation>巡查发现问题</translation>
    </message>
    <message>
        <source>Acceptances passed</source>
        <translation>验收合格</translation>
    </message>
    <message>
        <source>Acceptances failed</source>
        <translation>验收不合格</translation>
    </message>
    <message>
        <source>Deposits refunded</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <source>Refunds due and not paid</source>
        <translation>到期未退押金</translation>
    </message>
</context>
<context>
    <name>RepairDisplay</name>
    <message>
        <source>Engineering</source>
        <translation>工程部</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>保洁部</translation>
    </message>
    <message>
        <source>Landscaping</source>
        <translation>绿化部</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>秩序维护部</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水路</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电路</translation>
    </message>
    <message>
        <source>Doors and locks</source>
        <translation>门窗锁具</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>电梯</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>RepairService</name>
    <message>
        <source>That fee item does not exist.</source>
        <translation>该收费项目不存在。</translation>
    </message>
    <message>
        <source>Give the item a short code, e.g. SD-01.</source>
        <translation>请为该项目填写简短编号，如 SD-01。</translation>
    </message>
    <message>
        <source>Name the service, e.g. replace a tap.</source>
        <translation>请填写服务项目名称，如：更换水龙头。</translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation>价格必须大于零。</translation>
    </message>
    <message>
        <source>Another item already has the code %1.</source>
        <translation>编号 %1 已被其他项目使用。</translation>
    </message>
    <message>
        <source>The quantity must be 1 or more.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <source>The quantity can be at most %1.</source>
        <translation>数量最多为 %1。</translation>
    </message>
    <message>
        <source>Each item once: change its quantity instead.</source>
        <translation>每个项目只能添加一次，请直接修改其数量。</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>“%1”已停止提供。</translation>
    </message>
    <message>
        <source>%1 has no valid price.</source>
        <translation>“%1”没有有效的价格。</translation>
    </message>
    <message>
        <source>Only a repair gets a dispatch order.</source>
        <translation>只有报修才能开具派工单。</translation>
    </message>
    <message>
        <source>Name the department the work goes to.</source>
        <translation>请填写派往的部门。</translation>
    </message>
    <message>
        <source>A paid repair needs at least one item from the fee schedule.</source>
        <translation>有偿维修须从收费标准中至少选择一个项目。</translation>
    </message>
    <message>
        <source>A free repair carries no charges: tick &quot;Paid&quot; or remove the items.</source>
        <translation>免费维修不能有收费项目：请勾选“有偿服务”，或删除这些项目。</translation>
    </message>
    <message>
        <source>The database did not give out an order number.</source>
        <translation>数据库未能分配派工单号。</translation>
    </message>
    <message>
        <source>Write down what was done.</source>
        <translation>请记录处理结果。</translation>
    </message>
    <message>
        <source>Name who did the work.</source>
        <translation>请填写处理人员。</translation>
    </message>
    <message>
        <source>The time spent cannot be negative.</source>
        <translation>用时不能为负数。</translation>
    </message>
    <message>
        <source>The charge cannot be negative.</source>
        <translation>收费金额不能为负数。</translation>
    </message>
    <message>
        <source>Only a repair is returned here.</source>
        <translation>此处只能登记报修的返单。</translation>
    </message>
    <message>
        <source>Second dispatch of %1: %2</source>
        <translation>%1 的二次派工：%2</translation>
    </message>
    <message>
        <source>Continued as second dispatch %1.</source>
        <translation>已转为二次派工 %1 继续处理。</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>本期间内没有记录。</translation>
    </message>
    <message>
        <source>The PDF could not be saved at %1.</source>
        <translation>无法将 PDF 保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation>日报表 %1</translation>
    </message>
    <message>
        <source>Taken in: %1 · figures as of %2</source>
        <translation>受理总数：%1 · 数据截至 %2</translation>
    </message>
    <message>
        <source>Forwarded in time (R-IN-3)</source>
        <translation>转派及时率（R-IN-3）</translation>
    </message>
    <message>
        <source>Follow-ups on time (R-RP-2)</source>
        <translation>跟催及时率（R-RP-2）</translation>
    </message>
    <message>
        <source>Requests replied in time (R-IN-4)</source>
        <translation>建议答复及时率（R-IN-4）</translation>
    </message>
    <message>
        <source>Complaints resolved in time (R-CP-5)</source>
        <translation>投诉处理及时率（R-CP-5）</translation>
    </message>
    <message>
        <source>Callback rate (R-CB-4)</source>
        <translation>回访率（R-CB-4）</translation>
    </message>
    <message>
        <source>Satisfied on callback (R-CB-4)</source>
        <translation>回访满意度（R-CB-4）</translation>
    </message>
    <message>
        <source>Taken in by kind</source>
        <translation>受理量（按类别）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Taken in by channel</source>
        <translation>受理量（按受理渠道）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Complaints by grade</source>
        <translation>投诉量（按投诉等级）</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>投诉等级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>报修类别</translation>
    </message>
    <message>
        <source>On time, callbacks and satisfaction</source>
        <translation>及时率、回访率与满意度</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标数</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>应计总数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Each clerk</source>
        <translation>各客户助理工作量</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>客户助理</translation>
    </message>
    <message>
        <source>Follow-ups recorded</source>
        <translation>跟催次数</translation>
    </message>
    <message>
        <source>Callbacks made</source>
        <translation>回访次数</translation>
    </message>
    <message>
        <source>Visits this month (R-CB-5)</source>
        <translation>本月客户走访（R-CB-5）</translation>
    </message>
    <message>
        <source>The desk&apos;s logs</source>
        <translation>前台台账</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完结</translation>
    </message>
    <message>
        <source>Came due for a check</source>
        <translation>到期待核查</translation>
    </message>
    <message>
        <source>Weekly report %1 to %2 (closes %3)</source>
        <translation>周汇报表 %1 至 %2（%3截止）</translation>
    </message>
    <message>
        <source>Callbacks against the target (R-CP-8)</source>
        <translation>回访率与目标（R-CP-8）</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>应回访</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not called back (R-CP-8)</source>
        <translation>未回访清单（R-CP-8）</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Repairs taken in by category</source>
        <translation>受理量（按报修类别）</translation>
    </message>
    <message>
        <source>Tickets taken in (by when they happened)</source>
        <translation>受理工单数（按发生时间）</translation>
    </message>
    <message>
        <source>Fee collection</source>
        <translation>收费情况</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Renovations</source>
        <translation>装修管理</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Not graded yet</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（未分类）</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>The spreadsheet could not be created at %1.</source>
        <translation>无法在 %1 创建电子表格。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>The spreadsheet could not be saved at %1: %2</source>
        <translation>无法将电子表格保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>as on the lease or deed, e.g. 王芳</source>
        <translation>与租约或房产证一致，例如 王芳</translation>
    </message>
    <message>
        <source>Owner or &amp;tenant</source>
        <translation>业主或住户(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>one or more, separated by commas: 13812345678, 0755-86001234</source>
        <translation>一个或多个，用逗号隔开：13812345678, 0755-86001234</translation>
    </message>
    <message>
        <source>Moved out &amp;on</source>
        <translation>迁出日期(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;load and apply again</source>
        <translation>重新读取并再次提交(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>客户助理</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理处经理</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收费员</translation>
    </message>
    <message>
        <source>Control room</source>
        <translation>中控室</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>look up units and residents and use the global search</source>
        <translation>查询房号、住户并使用全局搜索</translation>
    </message>
    <message>
        <source>import the list of units and residents</source>
        <translation>导入房号与住户清单</translation>
    </message>
    <message>
        <source>see phone and ID numbers in full on a record opened or printed</source>
        <translation>在打开或打印的记录上查看完整的电话和证件号码</translation>
    </message>
    <message>
        <source>log calls and walk-ins as tickets</source>
        <translation>把来电、来访登记为工单</translation>
    </message>
    <message>
        <source>dispatch, follow up, reply to, comment on, reopen, close or cancel tickets</source>
        <translation>派工、跟进、回复、备注、重新打开、关闭或取消工单</translation>
    </message>
    <message>
        <source>call customers back and record their answers</source>
        <translation>回访客户并记录答复</translation>
    </message>
    <message>
        <source>judge and grade complaints, or cancel one</source>
        <translation>判定投诉是否有效并定级，或取消投诉</translation>
    </message>
    <message>
        <source>extend a minor complaint&apos;s limit</source>
        <translation>延长轻微投诉的处理时限</translation>
    </message>
    <message>
        <source>extend an important or major complaint&apos;s limit</source>
        <translation>延长重要或重大投诉的处理时限</translation>
    </message>
    <message>
        <source>read the weekly and daily reports</source>
        <translation>查看周报和日报</translation>
    </message>
    <message>
        <source>confirm major and urgent matters reported to the superiors</source>
        <translation>确认已上报的重大、紧急事项</translation>
    </message>
    <message>
        <source>review the previous shifts each morning</source>
        <translation>每天早上审阅前几班的记录</translation>
    </message>
    <message>
        <source>start a shift at a post and hand it over</source>
        <translation>在岗位上接班并办理交接</translation>
    </message>
    <message>
        <source>record night calls and send technicians directly</source>
        <translation>登记夜间来电并直接派师傅</translation>
    </message>
    <message>
        <source>enter the control room&apos;s calls as tickets</source>
        <translation>把中控室的来电补录为工单</translation>
    </message>
    <message>
        <source>check visitors in and out and record the units&apos; instructions</source>
        <translation>办理访客进出登记并记录住户的交代</translation>
    </message>
    <message>
        <source>keep the tool inventory</source>
        <translation>管理工具台账</translation>
    </message>
    <message>
        <source>change the paid-service price list</source>
        <translation>修改有偿服务收费标准</translation>
    </message>
    <message>
        <source>create and deactivate accounts</source>
        <translation>新建和停用账号</translation>
    </message>
    <message>
        <source>reset other people&apos;s passwords and unlock accounts</source>
        <translation>重置他人密码并解锁账号</translation>
    </message>
    <message>
        <source>change the site&apos;s settings and rules</source>
        <translation>修改站点设置和规则</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>您的角色（%1）无权%2。</translation>
    </message>
    <message>
        <source>write notes on units and residents; add residents, correct their names and phones, record their move-out</source>
        <translation>填写房号和住户的备注；添加住户、更正住户姓名和电话、登记迁出</translation>
    </message>
    <message>
        <source>set up the charge items and their rates</source>
        <translation>设立收费项目及其收费标准</translation>
    </message>
    <message>
        <source>see a unit&apos;s bills, payments and prepaid balance</source>
        <translation>查看房屋的账单、收款和预存余额</translation>
    </message>
    <message>
        <source>refer a unit unpaid after three notices for legal handling</source>
        <translation>将三次催缴后仍未缴费的房屋转交法律程序处理</translation>
    </message>
    <message>
        <source>check a billing run for finance before its payment notices print</source>
        <translation>在打印缴费通知单前做计费的财务审核</translation>
    </message>
    <message>
        <source>approve taking a payment back, or waive a late fee</source>
        <translation>审批冲销收款，或减免滞纳金</translation>
    </message>
    <message>
        <source>compute and confirm the month&apos;s billing with its meter readings and the units listed for an item, and bill special services, deposits and other one-off charges</source>
        <translation>计算并确认月度计费（含抄表读数和项目的登记房屋），并收取特约服务、押金等一次性费用</translation>
    </message>
    <message>
        <source>handle parcels, stored items, tools lent, customer visits, a unit&apos;s keys, the cargo lift&apos;s bookings, move-ins and move-outs (a move-in&apos;s day starts a new unit&apos;s fees; a move-out&apos;s damage is charged to the unit), and renovations: applications, deposits charged, workers, passes and inspections</source>
        <translation>办理邮件包裹、物品寄存、工具借用、客户走访、房屋钥匙、货梯预约、入伙与迁出（入伙日起开始计收新房屋的费用；迁出时的损坏向该房屋收取赔偿），以及装修：申请、收取押金、施工人员、出入证和巡查</translation>
    </message>
    <message>
        <source>record engineering&apos;s review of a renovation, its acceptance, an extension of its end date and the damages deducted from its deposit</source>
        <translation>登记工程部对装修的审核、验收、延期批准及从押金中扣除的损坏赔偿</translation>
    </message>
    <message>
        <source>take payments and print their receipts, and refund a renovation deposit when it is due</source>
        <translation>收款并打印收据，到期退还装修押金</translation>
    </message>
</context>
<context>
    <name>ServerConnect</name>
    <message>
        <source>--trust-server goes with a PostgreSQL server (--database postgresql://…).</source>
        <translation>--trust-server 须与 PostgreSQL 服务器（--database postgresql://…）一起使用。</translation>
    </message>
    <message>
        <source>Pinned the certificate of %1:%2; this computer connects to that server only while it shows it.</source>
        <translation>已固定 %1:%2 的证书；只有服务器出示这张证书时，这台电脑才会连接。</translation>
    </message>
    <message>
        <source>%1 No terminal to ask it at: save it in ~/.pgpass (frontdesk --connect does) and run the command again.</source>
        <translation>%1 没有终端可以询问密码：请把它保存到 ~/.pgpass（frontdesk --connect 会保存），然后重新运行命令。</translation>
    </message>
</context>
<context>
    <name>ServerTrust</name>
    <message>
        <source>Cannot reach the database server at %1. Check that the server is running and that this computer is on the office network.</source>
        <translation>连不上数据库服务器 %1。请确认服务器在运行、这台电脑连在办公网络上。</translation>
    </message>
    <message>
        <source>The server at %1 does not offer an encrypted connection, so it is not set up as the site&apos;s server (scripts/site-server sets it up).</source>
        <translation>服务器 %1 不提供加密连接，说明它还没有按项目服务器配置（用 scripts/site-server 配置）。</translation>
    </message>
    <message>
        <source>The server at %1 did not complete an encrypted connection: %2</source>
        <translation>服务器 %1 未能完成加密连接：%2</translation>
    </message>
    <message>
        <source>Write the server&apos;s SHA-256 fingerprint as scripts/site-server printed it: 32 pairs of letters and digits, such as 3F:A1:…</source>
        <translation>请按 scripts/site-server 打印的样子填写服务器的 SHA-256 指纹：32 组字母和数字，例如 3F:A1:…</translation>
    </message>
    <message>
        <source>The server at %1:%2 shows a certificate with another fingerprint (%3). It may not be your site&apos;s server: nothing was pinned. Compare the fingerprint with your IT person.</source>
        <translation>服务器 %1:%2 出示的证书指纹不同（%3）。它可能不是本项目的服务器：什么都没有固定。请与 IT 人员核对指纹。</translation>
    </message>
    <message>
        <source>The certificate could not be kept in %1.</source>
        <translation>无法把证书保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ServiceHost</name>
    <message>
        <source>The database file is damaged (%1). Restore the latest backup; the file was not changed.</source>
        <translation>数据库文件已损坏（%1）。请恢复最近的备份；该文件未做任何改动。</translation>
    </message>
    <message>
        <source>FrontDesk already has this database open (process %1 on %2). Close it first: only one program may write to the file.</source>
        <translation>物业客服前台已经打开了这个数据库（%2 上的进程 %1）。请先关闭它：同一时间只能有一个程序写入该文件。</translation>
    </message>
</context>
<context>
    <name>ShiftService</name>
    <message>
        <source>Only the person handing over signs as the leaving person.</source>
        <translation>只有交班人本人可以作为交班人签字。</translation>
    </message>
    <message>
        <source>This handover sheet is already signed by the leaving person.</source>
        <translation>交班人已在该移交表上签字。</translation>
    </message>
    <message>
        <source>Answer each line of this sheet once.</source>
        <translation>本表每一项须确认且只确认一次。</translation>
    </message>
    <message>
        <source>Acknowledge every line, or write down what does not match: line %1 (%2) is not answered.</source>
        <translation>请逐项确认，或写明不符之处：第 %1 项（%2）尚未确认。</translation>
    </message>
    <message>
        <source>This handover sheet is already sealed.</source>
        <translation>该工作移交表已封存。</translation>
    </message>
    <message>
        <source>The leaving person signs the sheet first.</source>
        <translation>须先由交班人签字。</translation>
    </message>
    <message>
        <source>The arriving person must be someone else: one cannot hand over to oneself.</source>
        <translation>接班人必须是另一人：不能交接给自己。</translation>
    </message>
    <message>
        <source>This site has no control room post.</source>
        <translation>本项目未设中控室岗位。</translation>
    </message>
    <message>
        <source>%1 is already on a shift; it ends when its handover sheet is sealed.</source>
        <translation>%1 已在当班中；交接表封存后该班次才结束。</translation>
    </message>
    <message>
        <source>Only the person on the shift hands it over.</source>
        <translation>只有当班人本人可以交班。</translation>
    </message>
    <message>
        <source>This shift has already been handed over.</source>
        <translation>该班次已交接。</translation>
    </message>
    <message>
        <source>This shift&apos;s handover sheet is already drafted; sign that one.</source>
        <translation>该班次的移交表已生成，请在该表上签字。</translation>
    </message>
    <message>
        <source>%1 is on a shift at %2 since %3; hand it over before working at another post.</source>
        <translation>%1 自 %3 起在%2当班；请先交班，再到其他岗位工作。</translation>
    </message>
    <message>
        <source>Choose the post the arriving person works at.</source>
        <translation>请选择接班人工作的岗位。</translation>
    </message>
</context>
<context>
    <name>ShiftStore</name>
    <message>
        <source>Someone else changed this in the meantime; reload it and try again.</source>
        <translation>其他人刚刚修改了此记录，请重新载入后再试。</translation>
    </message>
    <message>
        <source>There is no such post.</source>
        <translation>没有这个岗位。</translation>
    </message>
    <message>
        <source>There is no such shift.</source>
        <translation>没有这个班次。</translation>
    </message>
    <message>
        <source>There is no such handover sheet.</source>
        <translation>没有这张工作移交表。</translation>
    </message>
</context>
<context>
    <name>ShiftTimeText</name>
    <message>
        <source>From %1 to %2</source>
        <extracomment>The stretch of time a morning review covers, e.g. &quot;From 22 Nov 07:30 to 23 Nov 07:30&quot;.</extracomment>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — FrontDesk</source>
        <translation>登录 — 物业客服前台</translation>
    </message>
    <message>
        <source>Sign in to the front desk.</source>
        <translation>请登录物业客服前台。</translation>
    </message>
    <message>
        <source>Sign-in &amp;name</source>
        <translation>登录名(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. zhang.wei</source>
        <translation>如：zhang.wei</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>SignatureService</name>
    <message>
        <source>The customer has not signed. Ask them to sign, or record why there is no signature.</source>
        <translation>客户尚未签名。请客户签名，或记录未签名的原因。</translation>
    </message>
    <message>
        <source>Choose why there is no signature.</source>
        <translation>请选择未签名的原因。</translation>
    </message>
    <message>
        <source>Write down what the customer said when refusing to sign.</source>
        <translation>请记录客户拒绝签字时的原话。</translation>
    </message>
    <message>
        <source>This signature is not on record.</source>
        <translation>没有这条签名记录。</translation>
    </message>
    <message>
        <source>Customer refused to sign</source>
        <translation>客户拒绝签字</translation>
    </message>
    <message>
        <source>Signed on the paper form</source>
        <translation>纸质签名</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>%1 签名</translation>
    </message>
    <message>
        <source>not signed: %1</source>
        <translation>未签名：%1</translation>
    </message>
    <message>
        <source>not signed: %1 (%2)</source>
        <translation>未签名：%1（%2）</translation>
    </message>
</context>
<context>
    <name>SiteCatalogService</name>
    <message>
        <source>That line is no longer there; the list was refreshed.</source>
        <translation>该条目已不存在，列表已刷新。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>A name has at most 40 characters.</source>
        <translation>名称最多 40 个字。</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>“%1”已在列表中。</translation>
    </message>
    <message>
        <source>A department keeps its name on every ticket sent to it: switch it off and add the new one.</source>
        <translation>派给部门的每张工单都保留该部门名称，部门不能改名：请停用旧部门，再新增新部门。</translation>
    </message>
    <message>
        <source>Someone is on shift at %1: it can be switched off once that shift is handed over.</source>
        <translation>有人正在%1当班：交接班完成后才能停用。</translation>
    </message>
    <message>
        <source>Posts are listed in the order they were added.</source>
        <translation>岗位按添加先后排列，不能调整顺序。</translation>
    </message>
    <message>
        <source>%1 renamed this line at %2; the list shows it as it is now.</source>
        <translation>%1 已于 %2 为此行改名，清单显示的是当前内容。</translation>
    </message>
    <message>
        <source>%1 switched this line on at %2; the list shows it as it is now.</source>
        <translation>%1 已于 %2 启用此行，清单显示的是当前内容。</translation>
    </message>
    <message>
        <source>%1 switched this line off at %2; the list shows it as it is now.</source>
        <translation>%1 已于 %2 停用此行，清单显示的是当前内容。</translation>
    </message>
    <message>
        <source>%1 changed this list at %2; it shows the order as it is now.</source>
        <translation>%1 已于 %2 调整此清单，显示的是当前顺序。</translation>
    </message>
</context>
<context>
    <name>SiteRules</name>
    <message>
        <source>There is no site rule called %1.</source>
        <translation>没有名为 %1 的项目规则。</translation>
    </message>
    <message>
        <source>A shift is written as start-end in 24-hour time, e.g. 07:30-15:00.</source>
        <translation>班次按 24 小时制写成“开始-结束”，例如 07:30-15:00。</translation>
    </message>
    <message>
        <source>Forward to the department within</source>
        <translation>转交部门时限</translation>
    </message>
    <message>
        <source>What the first responder cannot settle is forwarded within this time.</source>
        <translation>首问责任人不能解决的事项须在此时限内转交责任部门。</translation>
    </message>
    <message>
        <source>Follow up every</source>
        <translation>跟催间隔</translation>
    </message>
    <message>
        <source>A dispatched repair or complaint is followed up at this interval until it comes back.</source>
        <translation>已派出的报修或投诉按此间隔跟催，直至部门回单。</translation>
    </message>
    <message>
        <source>Reply to a request within</source>
        <translation>请求答复时限</translation>
    </message>
    <message>
        <source>A request or suggestion gets a reply within this time.</source>
        <translation>请求或建议须在此时限内答复。</translation>
    </message>
    <message>
        <source>Call back within</source>
        <translation>回访时限</translation>
    </message>
    <message>
        <source>Completed work is called back within this time of its completion.</source>
        <translation>完成的工作须在完成后此时限内回访。</translation>
    </message>
    <message>
        <source>Resolve a minor complaint within</source>
        <translation>轻微投诉处理时限</translation>
    </message>
    <message>
        <source>Longer needs the supervisor&apos;s approval.</source>
        <translation>超出须经客服主管批准。</translation>
    </message>
    <message>
        <source>Resolve an important complaint within</source>
        <translation>重要投诉处理时限</translation>
    </message>
    <message>
        <source>Longer needs the manager&apos;s approval.</source>
        <translation>超出须经管理处经理批准。</translation>
    </message>
    <message>
        <source>Definite reply to a major complaint within</source>
        <translation>重大投诉明确答复时限</translation>
    </message>
    <message>
        <source>A major complaint gets a definite reply within this time.</source>
        <translation>重大投诉须在此时限内给予明确答复。</translation>
    </message>
    <message>
        <source>Resolve a major complaint within</source>
        <translation>重大投诉处理时限</translation>
    </message>
    <message>
        <source>A major complaint is resolved within this time.</source>
        <translation>重大投诉须在此时限内处理完毕。</translation>
    </message>
    <message>
        <source>A complaint unresolved for this long becomes major</source>
        <translation>投诉未解决多久升为重大</translation>
    </message>
    <message>
        <source>A valid complaint still unresolved after this time is upgraded to major.</source>
        <translation>有效投诉超过此时间仍未解决，自动升为重大投诉。</translation>
    </message>
    <message>
        <source>Customers about one event that make it major</source>
        <translation>同一事件投诉人数升为重大</translation>
    </message>
    <message>
        <source>When this many customers complain about the same event, it becomes major.</source>
        <translation>同一事件的投诉客户达到此数，升为重大投诉。</translation>
    </message>
    <message>
        <source>Customer visits per clerk a month</source>
        <translation>每位客户助理每月访问户数</translation>
    </message>
    <message>
        <source>Each clerk&apos;s monthly quota of proactive customer visits.</source>
        <translation>每位客户助理每月主动访问客户的最低户数。</translation>
    </message>
    <message>
        <source>Customer visits by the department a month</source>
        <translation>部门每月访问户数</translation>
    </message>
    <message>
        <source>The department&apos;s monthly quota of proactive customer visits.</source>
        <translation>部门每月主动访问客户的最低户数。</translation>
    </message>
    <message>
        <source>The week closes on</source>
        <translation>每周截止日</translation>
    </message>
    <message>
        <source>The weekly report runs from the day after this day to the end of it.</source>
        <translation>周汇总从此日的次日开始，到此日结束。</translation>
    </message>
    <message>
        <source>Callback rate target</source>
        <translation>回访率目标</translation>
    </message>
    <message>
        <source>The weekly report reads the callbacks made against this share of those owed.</source>
        <translation>周汇报表以此比例衡量应回访工作中已回访的比例。</translation>
    </message>
    <message>
        <source>Judge a complaint within</source>
        <translation>投诉判定时限</translation>
    </message>
    <message>
        <source>A complaint nobody has judged valid or invalid reminds the supervisor after this time.</source>
        <translation>投诉超过此时间仍无人判定有效或无效时，提醒客服主管。</translation>
    </message>
    <message>
        <source>Due soon means due within</source>
        <translation>“即将到期”指多久之内到期</translation>
    </message>
    <message>
        <source>The queues&apos; &quot;due soon&quot; and the reminders&apos; amber warning.</source>
        <translation>工作队列的“即将到期”和提醒的黄色预警。</translation>
    </message>
    <message>
        <source>Repeat a reminder every</source>
        <translation>提醒重复间隔</translation>
    </message>
    <message>
        <source>A reminder not acted on is repeated to the desk at this interval.</source>
        <translation>未处理的提醒按此间隔重复提示前台。</translation>
    </message>
    <message>
        <source>Overdue to the supervisor after</source>
        <translation>超时多久报客服主管</translation>
    </message>
    <message>
        <source>Work overdue this long is reported to the supervisor.</source>
        <translation>超时达到此时长的工作上报客服主管。</translation>
    </message>
    <message>
        <source>Overdue to the manager after</source>
        <translation>超时多久报管理处经理</translation>
    </message>
    <message>
        <source>Work overdue this long is reported to the manager.</source>
        <translation>超时达到此时长的工作上报管理处经理。</translation>
    </message>
    <message>
        <source>After a gap, raise the follow-ups of the last</source>
        <translation>程序关闭后补发最近多久的跟催</translation>
    </message>
    <message>
        <source>When the program was closed, the first missed follow-up and those of this last stretch are raised, not every one in between.</source>
        <translation>程序关闭期间错过的跟催，只补发第一次和最近这段时间内的，不逐条补发中间的。</translation>
    </message>
    <message>
        <source>Shift A</source>
        <translation>A班</translation>
    </message>
    <message>
        <source>The day shift; overlaps are handover time.</source>
        <translation>白班；重叠时间为交接班时间。</translation>
    </message>
    <message>
        <source>Shift B</source>
        <translation>B班</translation>
    </message>
    <message>
        <source>The evening shift.</source>
        <translation>晚班。</translation>
    </message>
    <message>
        <source>Shift C</source>
        <translation>C班</translation>
    </message>
    <message>
        <source>The night shift; it may cross midnight.</source>
        <translation>夜班，可跨午夜。</translation>
    </message>
    <message>
        <source>Confirm a visitor still inside after</source>
        <translation>访客滞留多久再确认</translation>
    </message>
    <message>
        <source>A visitor inside this long is confirmed with the resident again.</source>
        <translation>访客进入达到此时长仍未离开，须再次与住户确认。</translation>
    </message>
    <message>
        <source>Remind about a stored item every</source>
        <translation>寄存物品提醒间隔</translation>
    </message>
    <message>
        <source>An item past its pickup time is reminded at this interval.</source>
        <translation>超过约定领取时间的寄存物品按此间隔提醒。</translation>
    </message>
    <message>
        <source>Remind about an unclaimed parcel every</source>
        <translation>未领包裹提醒间隔</translation>
    </message>
    <message>
        <source>A parcel not collected is reminded at this interval.</source>
        <translation>未领取的包裹按此间隔提醒。</translation>
    </message>
    <message>
        <source>Tools lent are due back at</source>
        <translation>借用工具归还时间</translation>
    </message>
    <message>
        <source>A tool not back by this time of the lending day is chased.</source>
        <translation>借出当日此时间仍未归还的工具须电话催还。</translation>
    </message>
    <message>
        <source>Wrong passwords before an account locks</source>
        <translation>密码错误几次锁定账号</translation>
    </message>
    <message>
        <source>This many wrong passwords in a row lock the account.</source>
        <translation>连续输错密码达到此次数即锁定账号。</translation>
    </message>
    <message>
        <source>A locked account opens again after</source>
        <translation>账号锁定时长</translation>
    </message>
    <message>
        <source>Or earlier, when an administrator resets its password.</source>
        <translation>或由管理员重置密码后提前解锁。</translation>
    </message>
    <message>
        <source>Lock the screen after no input for</source>
        <translation>无操作多久锁屏</translation>
    </message>
    <message>
        <source>A desk left alone locks itself after this time.</source>
        <translation>前台无人操作达到此时长后自动锁屏。</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Tickets and complaints</source>
        <translation>工单与投诉</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Lobby logs</source>
        <translation>前台登记</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter a whole number of minutes from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的整数分钟。</translation>
    </message>
    <message>
        <source>Enter a whole number of hours from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的整数小时。</translation>
    </message>
    <message>
        <source>Enter a whole number of days from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的整数天数。</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>Enter a percentage from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的百分比。</translation>
    </message>
    <message>
        <source>Choose a day of the week: 1 (Monday) to 7 (Sunday).</source>
        <translation>请选择星期几：1（星期一）到 7（星期日）。</translation>
    </message>
    <message>
        <source>A time of day is written in 24-hour time, e.g. 18:00.</source>
        <translation>时间请用 24 小时制，例如 18:00。</translation>
    </message>
    <message>
        <source>A shift not handed over counts as left after its end by</source>
        <translation>班次结束后仍未交班，视为离岗的时间</translation>
    </message>
    <message>
        <source>Then it is shown as not handed over, stops holding the desk&apos;s reminders, and the next person to start at its post takes it over.</source>
        <translation>超过这个时间，该班次显示为未交班，不再占有前台的提醒，下一位在该岗位开始当班的人将接管它。</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Days between dunning notices</source>
        <translation>两次催款告知书至少间隔</translation>
    </message>
    <message>
        <source>The next dunning notice to a unit still unpaid is issued no sooner.</source>
        <translation>对仍未缴费的房屋，下一次催款告知书不早于此间隔发出。</translation>
    </message>
    <message>
        <source>A dunning notice gives to pay</source>
        <translation>催款告知书的缴费期限</translation>
    </message>
    <message>
        <source>The deadline printed on a dunning notice, counted from its day.</source>
        <translation>催款告知书上印的缴费期限，从发出之日起算。</translation>
    </message>
    <message>
        <source>Late fee a day, in ten-thousandths of what is owed</source>
        <translation>每日滞纳金（欠费的万分之几）</translation>
    </message>
    <message>
        <source>0 charges none; 5 is 0.05% (0.5‰) a day. Counted on what is still owed, rounded to the fen once per bill.</source>
        <translation>0 为不收；5 即每日万分之五（0.5‰）。按尚欠金额计算，每条账单四舍五入到分一次。</translation>
    </message>
    <message>
        <source>Late fees count from this many days after the due day</source>
        <translation>到期后第几天起计滞纳金</translation>
    </message>
    <message>
        <source>0: from the day after the due day.</source>
        <translation>0：从到期次日起计。</translation>
    </message>
    <message>
        <source>A month&apos;s billing run is due before its first due day by</source>
        <translation>月度计费应在当月最早到期日之前多少天进行</translation>
    </message>
    <message>
        <source>The cashier is reminded from then until the month is billed (half a month: 15).</source>
        <translation>从这一天起提醒收费员，直到该月计费完成（半个月：15 天）。</translation>
    </message>
    <message>
        <source>Renovations</source>
        <translation>装修管理</translation>
    </message>
    <message>
        <source>A renovation deposit is refunded after acceptance by</source>
        <translation>装修押金在验收合格后退还，间隔</translation>
    </message>
    <message>
        <source>The cashier is reminded on that day; no refund is paid sooner.</source>
        <translation>届时提醒收费员；未到期不予退还。</translation>
    </message>
    <message>
        <source>Decoration work is allowed</source>
        <translation>允许装修施工的时间</translation>
    </message>
    <message>
        <source>A worker let in at the desk outside these hours is flagged.</source>
        <translation>在此时间以外放行的施工人员会被标注。</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Enter a whole number of months from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的整月数。</translation>
    </message>
    <message>
        <source>%1 set this rule to %3 at %2.</source>
        <translation>%1 已于 %2 将这条规则设为 %3。</translation>
    </message>
</context>
<context>
    <name>SiteSettingsPage</name>
    <message>
        <source>Site settings</source>
        <translation>站点设置</translation>
    </message>
    <message>
        <source>A change applies to work opened after it: tickets keep the numbers they were opened under, and the reminders and lists use the new numbers from now on.</source>
        <translation>修改只对之后新开的工作生效：已开的工单保留开单时的时限；提醒和列表从现在起按新值计算。</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销修改(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Posts</source>
        <translation>岗位(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Handover checklist</source>
        <translation>交接物品清单(&amp;H)</translation>
    </message>
    <message>
        <source>Rul&amp;es</source>
        <translation>规则(&amp;E)</translation>
    </message>
</context>
<context>
    <name>SiteSetup</name>
    <message>
        <source>This database is already set up.</source>
        <translation>该数据库已完成初始设置。</translation>
    </message>
    <message>
        <source>Enter the name of the property (e.g. 翠湖花园).</source>
        <translation>请输入小区名称（如：翠湖花园）。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>请输入系统管理员的姓名。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>StoredItemHandoverProvider</name>
    <message numerus="yes">
        <source>%1 %2 %3 · %n item(s) · shelf %4 · due %5</source>
        <translation>
            <numerusform>%1 %2 %3 · %n 件 · 货架位置 %4 · 预计领取 %5</numerusform>
        </translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已超时）</translation>
    </message>
</context>
<context>
    <name>StoredItemReceiptPrinter</name>
    <message>
        <source>Stored item tag</source>
        <translation>寄存牌</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Depositor</source>
        <translation>寄存人</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架位置</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>寄存时间</translation>
    </message>
    <message>
        <source>Expected pickup</source>
        <translation>预计领取时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>物品状况</translation>
    </message>
    <message>
        <source>Depositor&apos;s signature:</source>
        <translation>寄存人签名：</translation>
    </message>
    <message>
        <source>Bring this tag to collect the items. The collector signs at the desk.</source>
        <translation>请凭此牌领取物品，领取人须在前台签名。</translation>
    </message>
    <message>
        <source>Stored item tag %1</source>
        <translation>寄存牌 %1</translation>
    </message>
</context>
<context>
    <name>StoredItemService</name>
    <message>
        <source>in storage</source>
        <translation>寄存中</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>delivered with consent</source>
        <translation>经同意已送达</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>寄存</translation>
    </message>
    <message>
        <source>Customer reminded</source>
        <translation>已提醒客户</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Delivered with consent</source>
        <translation>经同意送达</translation>
    </message>
    <message>
        <source>This stored item is not on record.</source>
        <translation>没有这条寄存记录。</translation>
    </message>
    <message>
        <source>No such tag: %1.</source>
        <translation>寄存牌号 %1 不存在。</translation>
    </message>
    <message>
        <source>Write down who leaves the items.</source>
        <translation>请填写寄存人。</translation>
    </message>
    <message>
        <source>Enter the depositor&apos;s phone number (a mobile or a landline).</source>
        <translation>请输入寄存人的联系电话（手机或座机）。</translation>
    </message>
    <message>
        <source>Choose the unit the items belong to.</source>
        <translation>请选择物品所属房号。</translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation>该房号不在房产资料中。</translation>
    </message>
    <message>
        <source>List at least one item.</source>
        <translation>请至少填写一件物品。</translation>
    </message>
    <message>
        <source>At most %1 lines in one deposit.</source>
        <translation>每次寄存最多 %1 行。</translation>
    </message>
    <message>
        <source>Line %1: say what the item is.</source>
        <translation>第 %1 行：请填写物品名称。</translation>
    </message>
    <message>
        <source>Line %1 (%2): the count must be between 1 and %3.</source>
        <translation>第 %1 行（%2）：数量须在 1 到 %3 之间。</translation>
    </message>
    <message>
        <source>Write down the shelf the items go on.</source>
        <translation>请填写物品存放的货架位置。</translation>
    </message>
    <message>
        <source>The expected pickup time must be later than now.</source>
        <translation>预计领取时间必须晚于当前时间。</translation>
    </message>
    <message>
        <source>The database did not give out a tag number.</source>
        <translation>数据库未能生成寄存牌号。</translation>
    </message>
    <message>
        <source>Stored item %1 · %2 %3</source>
        <translation>寄存物品 %1 · %2 %3</translation>
    </message>
    <message>
        <source>Not collected (expected %1, shelf %2): remind %3, or deliver with consent.</source>
        <translation>未领取（预计领取时间 %1，货架位置 %2）：请提醒 %3，或经同意送达。</translation>
    </message>
    <message>
        <source>%1 is no longer in storage (%2).</source>
        <translation>%1 已不在寄存中（%2）。</translation>
    </message>
    <message>
        <source>%1 is not past its expected pickup time yet.</source>
        <translation>%1 尚未超过预计领取时间。</translation>
    </message>
    <message>
        <source>Write down how the customer was reminded and what they said.</source>
        <translation>请记录提醒客户的方式及客户的答复。</translation>
    </message>
    <message>
        <source>%1 is not past its expected pickup time: it is collected against the tag.</source>
        <translation>%1 尚未超过预计领取时间，应凭寄存牌领取。</translation>
    </message>
    <message>
        <source>Write down who agreed to the delivery.</source>
        <translation>请记录同意送达的人员。</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>同意人：%1</translation>
    </message>
    <message>
        <source>Consent: %1. %2</source>
        <translation>同意人：%1。%2</translation>
    </message>
    <message>
        <source>Type or scan the tag number.</source>
        <translation>请输入或扫描寄存牌号。</translation>
    </message>
    <message>
        <source>%1 was collected on %2 by %3.</source>
        <translation>%1 已于 %2 由 %3 领取。</translation>
    </message>
    <message>
        <source>%1 was delivered to the unit on %2 (consent: %3).</source>
        <translation>%1 已于 %2 送达住户（同意人：%3）。</translation>
    </message>
    <message>
        <source>Write down who collects the items.</source>
        <translation>请填写领取人。</translation>
    </message>
    <message>
        <source>The collector has to sign for the items (on the pad or the paper form).</source>
        <translation>领取人须签名（在签名板或纸质单据上）。</translation>
    </message>
    <message>
        <source>%1 was collected just now at another desk.</source>
        <translation>%1 刚刚已在其他前台领取。</translation>
    </message>
    <message>
        <source>%1 is no longer held.</source>
        <translation>%1 已不在寄存中。</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is not text in UTF-8 or GBK. Save it from Excel as &quot;CSV UTF-8 (comma delimited)&quot; and try again.</source>
        <translation>该文件不是 UTF-8 或 GBK 编码的文本。请在 Excel 中另存为“CSV UTF-8(逗号分隔)”后重试。</translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a CSV file. In Excel choose File → Save As → &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation>这是 Excel 工作簿，不是 CSV 文件。请在 Excel 中选择“文件 → 另存为 → CSV UTF-8(逗号分隔)”。</translation>
    </message>
</context>
<context>
    <name>TicketHandoverProvider</name>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <extracomment>One open ticket on a handover sheet: number, status, unit or person, what it is about.</extracomment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>TicketReplyDialog</name>
    <message>
        <source>&amp;Promised reply by</source>
        <translation>承诺答复时间(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. agreed with the customer on the phone</source>
        <translation>如：已与客户电话约定</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Head</source>
        <translation>负责人(&amp;H)</translation>
    </message>
    <message>
        <source>The department head&apos;s name</source>
        <translation>部门负责人姓名</translation>
    </message>
    <message>
        <source>&amp;Answered by</source>
        <translation>答复人(&amp;A)</translation>
    </message>
    <message>
        <source>The department head is absent: keep a number to give the reply on. The reply stays owed until it is recorded.</source>
        <translation>部门负责人不在：请留下答复客户用的电话。答复记录之前，此单一直待答复。</translation>
    </message>
    <message>
        <source>Contact &amp;name</source>
        <translation>联系人(&amp;N)</translation>
    </message>
    <message>
        <source>Contact &amp;phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>Empty: the caller&apos;s number</source>
        <translation>留空则使用来电号码</translation>
    </message>
    <message>
        <source>What the customer was &amp;told</source>
        <translation>告知客户的内容(&amp;T)</translation>
    </message>
    <message>
        <source>The head&apos;s ans&amp;wer</source>
        <translation>负责人的答复(&amp;W)</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>Write down what the customer said.</source>
        <translation>请记录客户反映的内容。</translation>
    </message>
    <message>
        <source>Choose the unit, or write down who is asking.</source>
        <translation>请选择房号，或填写来访/来电人。</translation>
    </message>
    <message>
        <source>A call needs the caller&apos;s number.</source>
        <translation>来电须记录来电号码。</translation>
    </message>
    <message>
        <source>This is not a phone number (e.g. 13812345678 or 0755-86001234).</source>
        <translation>这不是有效的电话号码（例如 13812345678 或 0755-86001234）。</translation>
    </message>
    <message>
        <source>Only complaints are graded.</source>
        <translation>只有投诉需要定级。</translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation>该房号不在房产资料中。</translation>
    </message>
    <message>
        <source>That resident is not in the registry.</source>
        <translation>该住户不在住户资料中。</translation>
    </message>
    <message>
        <source>That resident does not live in the chosen unit.</source>
        <translation>该住户不住在所选房号。</translation>
    </message>
    <message>
        <source>The linked ticket does not exist.</source>
        <translation>关联的工单不存在。</translation>
    </message>
    <message>
        <source>Only a retroactive entry may carry earlier times.</source>
        <translation>只有补单才能填写之前的时间。</translation>
    </message>
    <message>
        <source>A retroactive entry needs the real time it happened, in the past.</source>
        <translation>补单须填写事情实际发生的时间，且不能晚于现在。</translation>
    </message>
    <message>
        <source>The dispatch time must lie between the call and now.</source>
        <translation>派工时间必须在受理时间与现在之间。</translation>
    </message>
    <message>
        <source>Name the department that was sent.</source>
        <translation>请填写派往的部门。</translation>
    </message>
    <message>
        <source>Work can only come back after it was dispatched.</source>
        <translation>工单须先派工，才能回单。</translation>
    </message>
    <message>
        <source>The return time must lie between the dispatch and now.</source>
        <translation>回单时间必须在派工时间与现在之间。</translation>
    </message>
    <message>
        <source>Name the department the work goes to.</source>
        <translation>请填写派往的部门。</translation>
    </message>
    <message>
        <source>A ticket waits either for the customer or for parts.</source>
        <translation>工单只能等待客户或等待配件。</translation>
    </message>
    <message>
        <source>Write down what was done.</source>
        <translation>请记录处理结果。</translation>
    </message>
    <message>
        <source>Write down what the customer was told.</source>
        <translation>请记录答复客户的内容。</translation>
    </message>
    <message>
        <source>Write down what the customer said on the callback.</source>
        <translation>请记录回访时客户的意见。</translation>
    </message>
    <message>
        <source>Say why it is reopened.</source>
        <translation>请说明重新打开的原因。</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>请先填写备注。</translation>
    </message>
    <message>
        <source>Choose minor, important or major.</source>
        <translation>请选择轻微、重要或重大。</translation>
    </message>
    <message>
        <source>Say why it is cancelled.</source>
        <translation>请说明取消的原因。</translation>
    </message>
    <message numerus="yes">
        <source>Not resolved within %n day(s): a major complaint now (R-CP-3).</source>
        <translation>
            <numerusform>%n 天内未解决，自动升级为重大投诉（R-CP-3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>A supervisor judges this complaint first (valid or invalid, and its grade); until then it is not replied to, called back or closed.</source>
        <translation>此投诉须先由客服主管判定（是否有效及等级）；判定之前不能回复、回访或关闭。</translation>
    </message>
    <message>
        <source>Only a request or an inquiry is promised a reply time.</source>
        <translation>只有请求/建议或咨询才能承诺答复时间。</translation>
    </message>
    <message>
        <source>That time has passed: promise the customer a time to come.</source>
        <translation>该时间已过：请向客户承诺一个将来的时间。</translation>
    </message>
    <message>
        <source>Only a callback ticket is due from an event&apos;s end.</source>
        <translation>只有回访单才按事件结束时间计算期限。</translation>
    </message>
    <message>
        <source>Name the department the inquiry goes to.</source>
        <translation>请填写咨询转交的部门。</translation>
    </message>
    <message>
        <source>Write down the department head&apos;s name.</source>
        <translation>请填写部门负责人姓名。</translation>
    </message>
    <message>
        <source>Referred to %1, head %2.</source>
        <translation>已转%1，负责人%2。</translation>
    </message>
    <message>
        <source>Write down who answered.</source>
        <translation>请填写答复人。</translation>
    </message>
    <message>
        <source>Write down the head&apos;s answer given to the customer.</source>
        <translation>请填写告知客户的负责人答复。</translation>
    </message>
    <message>
        <source>Only an inquiry goes to a department head.</source>
        <translation>只有咨询才转部门负责人。</translation>
    </message>
    <message>
        <source>Keep a number to give the reply on.</source>
        <translation>请留下答复客户用的联系电话。</translation>
    </message>
    <message>
        <source>The department head is absent: the customer&apos;s contact is kept and a reply is owed.</source>
        <translation>部门负责人不在：已留客户联系方式，需回复客户。</translation>
    </message>
    <message>
        <source>Who took the call is not an account.</source>
        <translation>接听来电的人不是系统中的账号。</translation>
    </message>
    <message>
        <source>%1 has no caller number.</source>
        <translation>%1 没有来电号码。</translation>
    </message>
</context>
<context>
    <name>TicketStateMachine</name>
    <message>
        <source>A ticket is opened only once.</source>
        <translation>工单只能受理一次。</translation>
    </message>
    <message>
        <source>This %1 was cancelled and cannot be changed; open a new one.</source>
        <translation>此%1已取消，不能再修改；请新建一张。</translation>
    </message>
    <message>
        <source>A closed %1 must be reopened before it can be dispatched again.</source>
        <translation>已关闭的%1必须先重新打开，才能再次派工。</translation>
    </message>
    <message>
        <source>This %1 is closed; reopen it first.</source>
        <translation>此%1已关闭，请先重新打开。</translation>
    </message>
    <message>
        <source>A callback is not dispatched or replied to: record how the call went.</source>
        <translation>回访不需要派工或答复：请记录回访结果。</translation>
    </message>
    <message>
        <source>Only complaints are graded.</source>
        <translation>只有投诉需要定级。</translation>
    </message>
    <message>
        <source>Only a repair waits for parts.</source>
        <translation>只有报修才会等待配件。</translation>
    </message>
    <message>
        <source>A repair is answered by its callback, not by a reply.</source>
        <translation>报修通过回访答复客户，而不是答复。</translation>
    </message>
    <message>
        <source>A %1 is closed by its callback: call the customer back and record the answer.</source>
        <translation>%1须经回访才能关闭：请回访客户并记录意见。</translation>
    </message>
    <message>
        <source>This %1 is %2; resume it first.</source>
        <translation>此%1处于“%2”状态，请先恢复处理。</translation>
    </message>
    <message>
        <source>This %1 is %2 and cannot be dispatched now.</source>
        <translation>此%1处于“%2”状态，现在不能派工。</translation>
    </message>
    <message>
        <source>Only a dispatched %1 is followed up.</source>
        <translation>只有已派工的%1才需要跟催。</translation>
    </message>
    <message>
        <source>Only a dispatched %1 can wait.</source>
        <translation>只有已派工的%1才能挂起等待。</translation>
    </message>
    <message>
        <source>This %1 is not waiting, so there is nothing to resume.</source>
        <translation>此%1没有在等待，无需恢复。</translation>
    </message>
    <message>
        <source>Only a dispatched %1 can come back done.</source>
        <translation>只有已派工的%1才能回单。</translation>
    </message>
    <message>
        <source>A %1 is called back after it is done or replied to.</source>
        <translation>%1须在完成或答复后才能回访。</translation>
    </message>
    <message>
        <source>This %1 is still open.</source>
        <translation>此%1尚未关闭。</translation>
    </message>
    <message>
        <source>This %1 is %2; that cannot be done now.</source>
        <translation>此%1处于“%2”状态，现在不能这样操作。</translation>
    </message>
    <message>
        <source>Only a request or an inquiry is promised a reply time.</source>
        <translation>只有请求/建议或咨询才能承诺答复时间。</translation>
    </message>
    <message>
        <source>Only an inquiry goes to a department head.</source>
        <translation>只有咨询才转部门负责人。</translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>Someone else changed this ticket in the meantime; reload it and try again.</source>
        <translation>其他人刚刚修改了此工单；请重新载入后再试。</translation>
    </message>
    <message>
        <source>The database did not give out a ticket number.</source>
        <translation>数据库未能分配工单编号。</translation>
    </message>
    <message>
        <source>There is no ticket with that number.</source>
        <translation>没有这张工单。</translation>
    </message>
</context>
<context>
    <name>TicketTerms</name>
    <message>
        <source>repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>request</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>daily affair</source>
        <translation>日常事务</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新受理</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已回单</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>来函</translation>
    </message>
    <message>
        <source>patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>control room</source>
        <translation>中控室</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>followed up</source>
        <translation>跟催</translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <source>called back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>graded</source>
        <translation>定级</translation>
    </message>
    <message>
        <source>reply time promised</source>
        <translation>已承诺答复时间</translation>
    </message>
    <message>
        <source>referred to the department head</source>
        <translation>已转部门负责人</translation>
    </message>
    <message>
        <source>department head absent</source>
        <translation>部门负责人不在</translation>
    </message>
</context>
<context>
    <name>ToolHandoverProvider</name>
    <message>
        <source>%1, since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
</context>
<context>
    <name>ToolService</name>
    <message>
        <source>Name the tool, e.g. 梯子.</source>
        <translation>请填写工具名称，如：梯子。</translation>
    </message>
    <message>
        <source>Give the tool a short code, e.g. T-01.</source>
        <translation>请为工具填写简短编号，如 T-01。</translation>
    </message>
    <message>
        <source>The desk has at least one of it.</source>
        <translation>该工具数量至少为 1。</translation>
    </message>
    <message>
        <source>%1 is already the code of %2.</source>
        <translation>编号 %1 已被“%2”使用。</translation>
    </message>
    <message>
        <source>That tool is not in the inventory.</source>
        <translation>库存中没有该工具。</translation>
    </message>
    <message>
        <source>That loan is not on record.</source>
        <translation>没有这条借用记录。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 ×%2 → %3 %4</source>
        <translation>%1 ×%2 → %3 %4</translation>
    </message>
    <message>
        <source>Tool not back: %1</source>
        <translation>工具未归还：%1</translation>
    </message>
    <message>
        <source>Call %1 (%2) and ask them to bring it back.</source>
        <translation>请致电 %1（%2），提醒其归还。</translation>
    </message>
    <message>
        <source>Choose the tool to lend.</source>
        <translation>请选择要借出的工具。</translation>
    </message>
    <message>
        <source>%1 is retired and is not lent.</source>
        <translation>%1 已停用，不再借出。</translation>
    </message>
    <message>
        <source>No %1 is at the desk: all %2 are lent out.</source>
        <translation>前台已无%1：%2 件已全部借出。</translation>
    </message>
    <message>
        <source>Lend at least one.</source>
        <translation>借出数量至少为 1。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n %1 at the desk.</source>
        <translation>
            <numerusform>前台仅剩 %n 件%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the borrower&apos;s unit.</source>
        <translation>请选择借用人的房号。</translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation>该房号不在房产资料中。</translation>
    </message>
    <message>
        <source>Write down who borrows it.</source>
        <translation>请填写借用人。</translation>
    </message>
    <message>
        <source>Enter the borrower&apos;s phone, to call if it is not back today.</source>
        <translation>请输入借用人电话，当天未归还时便于联系。</translation>
    </message>
    <message>
        <source>Write down what the borrower said.</source>
        <translation>请记录借用人的答复。</translation>
    </message>
    <message>
        <source>%1 is already back.</source>
        <translation>%1 已归还。</translation>
    </message>
    <message>
        <source>%1 was already returned on %2.</source>
        <translation>%1 已于 %2 归还。</translation>
    </message>
    <message>
        <source>%1 is not due back yet.</source>
        <translation>%1 尚未到归还时间。</translation>
    </message>
</context>
<context>
    <name>UnitCsvImporter</name>
    <message>
        <source>&quot;%1&quot; is not an area: write square metres with at most 2 decimals, e.g. 89.5.</source>
        <translation>“%1”不是有效的面积：请以平方米为单位填写，最多 2 位小数，如 89.5。</translation>
    </message>
    <message>
        <source>The area must be more than 0 and less than 100000 m² (found %1).</source>
        <translation>面积必须大于 0 且小于 100000 m²（实际为 %1）。</translation>
    </message>
    <message>
        <source>This column is required, but the cell is empty.</source>
        <translation>此列为必填项，但该单元格为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain a dash or a space: the unit code joins building, unit and room with dashes (3-1-502).</source>
        <translation>“%1”中不能含有连字符或空格：房号由楼栋、单元和房间号以连字符连接而成（3-1-502）。</translation>
    </message>
    <message>
        <source>Unit %1 is already on row %2; each unit may appear only once.</source>
        <translation>房号 %1 已在第 %2 行出现过；每个房号只能出现一次。</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;: write 住宅, 商铺 or 写字间 (residential, shop, office).</source>
        <translation>未知类型“%1”：请填写住宅、商铺或写字间（residential、shop、office）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: a mobile has 11 digits starting with 1, a landline 7 or 8 digits with an optional area code.</source>
        <translation>“%1”不是有效的电话号码：手机号为以 1 开头的 11 位数字，座机为 7 或 8 位数字，可带区号。</translation>
    </message>
    <message>
        <source>A tenant phone is given, but the file has no tenant column.</source>
        <translation>填写了住户电话，但文件中没有住户列。</translation>
    </message>
    <message>
        <source>A tenant phone is given, but no tenant name.</source>
        <translation>填写了住户电话，但没有填写住户姓名。</translation>
    </message>
    <message>
        <source>The file has a header row but no units below it.</source>
        <translation>文件只有标题行，下面没有房屋数据。</translation>
    </message>
</context>
<context>
    <name>UnitImportWriter</name>
    <message>
        <source>The site is not set up yet; set it up before importing.</source>
        <translation>小区尚未完成初始设置，请先设置再导入。</translation>
    </message>
    <message>
        <source>The database did not return the new record&apos;s number.</source>
        <translation>数据库没有返回新记录的编号。</translation>
    </message>
    <message>
        <source>Rows %1 to %2, written together, were refused: %3</source>
        <translation>第 %1 至 %2 行一并写入时被拒绝：%3</translation>
    </message>
</context>
<context>
    <name>UnitKeyService</name>
    <message>
        <source>Count at least one kind of key.</source>
        <translation>请至少清点一种钥匙。</translation>
    </message>
    <message>
        <source>Count the %1s as a whole number above zero.</source>
        <translation>%1的数量须为大于零的整数。</translation>
    </message>
    <message>
        <source>The %1s are counted twice; count each kind once.</source>
        <translation>%1清点了两次；每种钥匙只清点一次。</translation>
    </message>
    <message>
        <source>Say how the key was lost, and whether the lock was changed.</source>
        <translation>请说明钥匙如何遗失，以及是否已换锁。</translation>
    </message>
    <message>
        <source>The owner signs for the keys handed over, or say why there is no signature.</source>
        <translation>交付的钥匙须由业主签收，或说明为何没有签名。</translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation>请选择房屋。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n %2(s); %3 cannot be %4.</source>
        <translation>
            <numerusform>%1 持有%2 %n 把（张）；不能%4 %3 把（张）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>At the door</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Choose the unit visited.</source>
        <translation>请选择走访的房号。</translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation>该房号不在房产资料中。</translation>
    </message>
    <message>
        <source>Choose how the visit was made.</source>
        <translation>请选择走访方式。</translation>
    </message>
    <message>
        <source>Give the time of the visit.</source>
        <translation>请填写走访时间。</translation>
    </message>
    <message>
        <source>A visit is recorded after it was made, not before.</source>
        <translation>走访须在完成后登记，不能提前登记。</translation>
    </message>
    <message>
        <source>Write down what the visit was about.</source>
        <translation>请记录走访主题。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>VisitorHandoverProvider</name>
    <message numerus="yes">
        <source>%1 (%n people) → %2, inside since %3</source>
        <extracomment>A visitor still inside on a handover sheet: name, party size, unit, time in.</extracomment>
        <translation>
            <numerusform>%1（%n 人）→ %2，自 %3 起在访</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitorService</name>
    <message>
        <source>Admit</source>
        <translation>允许进入</translation>
    </message>
    <message>
        <source>Do not admit</source>
        <translation>不允许进入</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose the unit the instruction is for.</source>
        <translation>请选择交办事项所属房号。</translation>
    </message>
    <message>
        <source>Write down what the unit asked.</source>
        <translation>请记录住户交办的内容。</translation>
    </message>
    <message>
        <source>The end must be later than the start and than now.</source>
        <translation>结束时间须晚于开始时间和当前时间。</translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation>该房号不在房产资料中。</translation>
    </message>
    <message>
        <source>This instruction has already ended.</source>
        <translation>该交办事项已结束。</translation>
    </message>
    <message>
        <source>That instruction is not on record.</source>
        <translation>没有这条交办事项记录。</translation>
    </message>
    <message>
        <source>Confirmed by phone</source>
        <translation>电话确认</translation>
    </message>
    <message>
        <source>Pre-arranged</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>在访</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>未放行</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s name.</source>
        <translation>请输入访客姓名。</translation>
    </message>
    <message>
        <source>This is not a phone number; leave it empty if the visitor gives none.</source>
        <translation>这不是有效的电话号码；访客未提供时请留空。</translation>
    </message>
    <message>
        <source>At least one person comes in.</source>
        <translation>来访人数至少为一人。</translation>
    </message>
    <message>
        <source>Ask whom the visitor comes to see and choose the unit.</source>
        <translation>请询问访客拜访何人，并选择房号。</translation>
    </message>
    <message>
        <source>Write down why the visit was refused.</source>
        <translation>请记录拒绝来访的原因。</translation>
    </message>
    <message>
        <source>Ask the visitor what the visit is for.</source>
        <translation>请询问访客来访事由。</translation>
    </message>
    <message>
        <source>Visitor %1 · %2</source>
        <translation>访客 %1 · %2</translation>
    </message>
    <message>
        <source>Inside since %1: confirm with the resident.</source>
        <translation>自 %1 起在访，请与住户确认。</translation>
    </message>
    <message>
        <source>Inside since %1: confirm with %2.</source>
        <translation>自 %1 起在访，请与 %2 确认。</translation>
    </message>
    <message>
        <source>%1 already left at %2.</source>
        <translation>%1 已于 %2 离开。</translation>
    </message>
    <message>
        <source>%1 was turned away and never came in.</source>
        <translation>%1 未获放行，未曾进入。</translation>
    </message>
    <message>
        <source>%1 is no longer inside.</source>
        <translation>%1 已不在访。</translation>
    </message>
    <message>
        <source>That visit is not on record.</source>
        <translation>没有这条来访记录。</translation>
    </message>
    <message>
        <source>%1 ended this instruction at %2.</source>
        <translation>%1 已于 %2 结束了该交办事项。</translation>
    </message>
</context>
<context>
    <name>WatchService</name>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Stored items</source>
        <translation>寄存物品</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>快递包裹</translation>
    </message>
    <message>
        <source>Tools lent</source>
        <translation>借出工具</translation>
    </message>
    <message>
        <source>Move-ins</source>
        <translation>入伙</translation>
    </message>
    <message>
        <source>Move-outs</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Move-ins and move-outs</source>
        <translation>入伙与迁出</translation>
    </message>
    <message>
        <source>Renovations</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>Worker passes</source>
        <translation>施工出入证</translation>
    </message>
    <message>
        <source>Renovation deposits due</source>
        <translation>到期待退装修押金</translation>
    </message>
    <message>
        <source>Renovations in progress</source>
        <translation>施工中的装修</translation>
    </message>
    <message>
        <source>Renovation problems</source>
        <translation>装修整改问题</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>锁屏(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>提醒(&amp;R)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation>锁屏（Ctrl+L）</translation>
    </message>
</context>
<context>
    <name>WorkerPassPrinter</name>
    <message>
        <source>Renovation worker&apos;s pass</source>
        <translation>装修施工出入证</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>施工房号</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>装修编号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>装修公司</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>施工时间</translation>
    </message>
    <message>
        <source>Wear the pass at work and show it at the desk. It is not valid after its last day, nor once the worker has left the roster.</source>
        <translation>施工期间请佩戴本证，进出时向前台出示。超过有效期或人员离场后本证作废。</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证人</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Pass %1</source>
        <translation>出入证 %1</translation>
    </message>
</context>
<context>
    <name>fd::AccountTableModel</name>
    <message>
        <source>Switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>fd::AccountsPage</name>
    <message>
        <source>S&amp;witch off</source>
        <translation>停用(&amp;W)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>账号 %1 已创建。</translation>
    </message>
    <message>
        <source>S&amp;witch on</source>
        <translation>启用(&amp;W)</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>%1 is switched off and cannot sign in.</source>
        <translation>%1 已停用，无法登录。</translation>
    </message>
    <message>
        <source>%1 is switched on again.</source>
        <translation>%1 已重新启用。</translation>
    </message>
    <message>
        <source>R&amp;eset password…</source>
        <translation>重置密码(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>fd::ArchiveWidget</name>
    <message>
        <source>Back to the &amp;move</source>
        <translation>返回办理(&amp;M)</translation>
    </message>
    <message>
        <source>Documents seen</source>
        <translation>已核验证件</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>证件类型(&amp;K)</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>证件号码(&amp;U)</translation>
    </message>
    <message>
        <source>In full; only its first and last characters are kept</source>
        <translation>填写完整号码；只保存前几位和后几位</translation>
    </message>
    <message>
        <source>Seen &amp;on</source>
        <translation>核验日期(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;can file</source>
        <translation>扫描件(&amp;C)</translation>
    </message>
    <message>
        <source>Optional: the scan, a PDF or a picture</source>
        <translation>可选：扫描件，PDF 或图片</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Record the document</source>
        <translation>登记证件(&amp;R)</translation>
    </message>
    <message>
        <source>Scans, photos and agreements</source>
        <translation>扫描件、照片和协议</translation>
    </message>
    <message>
        <source>File t&amp;ype</source>
        <translation>文件类型(&amp;Y)</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>标题(&amp;I)</translation>
    </message>
    <message>
        <source>e.g. 购房合同 第1-3页</source>
        <translation>例如 购房合同 第1-3页</translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation>文件(&amp;P)</translation>
    </message>
    <message>
        <source>A PDF or a picture on this computer</source>
        <translation>本机上的 PDF 或图片</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>另存副本(&amp;S)…</translation>
    </message>
    <message>
        <source>Add to the &amp;archive</source>
        <translation>存入档案(&amp;A)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>核验日期</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>存档</translation>
    </message>
    <message>
        <source>The document&apos;s scan</source>
        <translation>证件扫描件</translation>
    </message>
    <message>
        <source>A file for the archive</source>
        <translation>存入档案的文件</translation>
    </message>
    <message>
        <source>Owner&apos;s archive: %1</source>
        <translation>业主档案：%1</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>已存档</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Choose a file in the list first.</source>
        <translation>请先在列表中选择一个文件。</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>另存 %1 的副本</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Keys of the unit</source>
        <translation>房屋钥匙</translation>
    </message>
    <message>
        <source>How it was lost, or who had it made</source>
        <translation>遗失情况，或由谁补配</translation>
    </message>
    <message>
        <source>Recor&amp;d the key change</source>
        <translation>登记钥匙变动(&amp;D)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Held after</source>
        <translation>变动后数量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>By</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%2 × %1</translation>
    </message>
    <message>
        <source>The unit&apos;s record holds no keys.</source>
        <translation>该房号的钥匙记录中没有钥匙。</translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>现有：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 %3, %4 (%5)</source>
        <translation>%1 %2 %3，%4（%5）</translation>
    </message>
    <message>
        <source>Moves of this unit: %1</source>
        <translation>该房号的入伙和迁出：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>fd::ArrearsWidget</name>
    <message>
        <source>Units in &amp;arrears (unpaid after the due day, the longest first)</source>
        <translation>欠费房屋(&amp;A)（到期未缴，欠得最久的在前）</translation>
    </message>
    <message>
        <source>The selected unit</source>
        <translation>所选房屋</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>方式(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Why unpaid</source>
        <translation>欠费原因(&amp;W)</translation>
    </message>
    <message>
        <source>As the customer said</source>
        <translation>按客户所说填写</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>沟通内容或约定</translation>
    </message>
    <message>
        <source>&amp;Record the contact</source>
        <translation>记录本次催缴(&amp;R)</translation>
    </message>
    <message>
        <source>Issue the ne&amp;xt dunning notice…</source>
        <translation>发出下一次催款告知书(&amp;X)…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起欠日</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>已发告知书</translation>
    </message>
    <message>
        <source>Next notice from</source>
        <translation>下次告知最早</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近一次催缴</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法律程序</translation>
    </message>
    <message>
        <source>all three sent</source>
        <translation>三次均已发出</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>已转交</translation>
    </message>
    <message>
        <source>Select a unit in the list first.</source>
        <translation>请先在列表中选择房屋。</translation>
    </message>
    <message>
        <source>All three notices are sent: the next step is legal handling.</source>
        <translation>三次告知书均已发出，下一步是转交法律程序处理。</translation>
    </message>
    <message>
        <source>After the third notice&apos;s deadline, still unpaid, the manager refers the unit.</source>
        <translation>第三次告知书期满仍未缴纳的，由管理处经理转交法律程序处理。</translation>
    </message>
    <message>
        <source>Select a unit to see its notices and contacts.</source>
        <translation>选择房屋可查看其告知书和催缴记录。</translation>
    </message>
    <message>
        <source>%1 notice %2 (no. %3) by %4: %5, pay by %6</source>
        <translation>%1 第 %2 次告知书（编号 %3，%4 发出）：%5，缴费期限 %6</translation>
    </message>
    <message>
        <source>%1 %2 by %3: %4</source>
        <translation>%1 %2（%3）：%4</translation>
    </message>
    <message>
        <source>%1: no notice or contact yet.</source>
        <translation>%1：尚无告知书或催缴记录。</translation>
    </message>
    <message>
        <source>Contact with %1 recorded.</source>
        <translation>已记录对 %1 的催缴。</translation>
    </message>
    <message>
        <source>Notice %1 (number %2) issued to %3: %4, to pay by %5.</source>
        <translation>已向 %3 发出第 %2 次催款告知书 %1：%4，缴费期限 %5。</translation>
    </message>
    <message>
        <source>Save notice %1 as PDF</source>
        <translation>将告知书 %1 保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Refer for legal handling</source>
        <translation>转交法律程序处理</translation>
    </message>
    <message>
        <source>Refer %1 (%2 unpaid since %3) for legal handling? It stays on the unit.</source>
        <translation>确认将 %1（自 %3 起欠费 %2）转交法律程序处理？此状态将一直保留在该房屋上。</translation>
    </message>
    <message>
        <source>%1 is referred for legal handling.</source>
        <translation>%1 已转交法律程序处理。</translation>
    </message>
    <message>
        <source>Refer for legal han&amp;dling…</source>
        <translation>转交法律程序处理(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>fd::BillPreviewModel</name>
    <message numerus="yes">
        <source>%1, %n month(s)</source>
        <translation>
            <numerusform>%1 起 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
</context>
<context>
    <name>fd::BillingRunWidget</name>
    <message>
        <source>&amp;Month to bill</source>
        <translation>计费月份(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Confirm the run…</source>
        <translation>确认计费(&amp;C)…</translation>
    </message>
    <message>
        <source>Preview the month to see every unit&apos;s charges before billing them.</source>
        <translation>先预览该月，核对每户的费用后再计费。</translation>
    </message>
    <message>
        <source>%1 is not billed yet.</source>
        <translation>%1 尚未计费。</translation>
    </message>
    <message numerus="yes">
        <source>Billed %1 by %2: %n line(s), %3</source>
        <translation>
            <numerusform>%1 由 %2 计费：%n 条明细，合计 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left to bill for %1.</source>
        <translation>%1 已没有可计费的项目。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unit(s), %2 line(s), total %3. Check them, then confirm.</source>
        <translation>
            <numerusform>%1：%n 户，%2 条明细，合计 %3。请核对后确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the billing run</source>
        <translation>确认计费</translation>
    </message>
    <message numerus="yes">
        <source>Bill %1 for %n unit(s): %2 line(s), total %3? Billed lines are never changed.</source>
        <translation>
            <numerusform>确认为 %n 户计费 %1：%2 条明细，合计 %3？计费后的明细不能再修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is billed: %n line(s), total %2.</source>
        <translation>
            <numerusform>%1 已计费：%n 条明细，合计 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chec&amp;k the month&apos;s runs…</source>
        <translation>审核本月计费(&amp;K)…</translation>
    </message>
    <message>
        <source>Payment notices for &amp;building</source>
        <translation>缴费通知单：楼栋(&amp;B)</translation>
    </message>
    <message>
        <source>or &amp;unit</source>
        <translation>或房号(&amp;U)</translation>
    </message>
    <message>
        <source>unit code, e.g. 1-2-301</source>
        <translation>房号，如 1-2-301</translation>
    </message>
    <message>
        <source>Print no&amp;tices (PDF)…</source>
        <translation>打印通知单(&amp;T)（PDF）…</translation>
    </message>
    <message>
        <source>Every run of the month is checked already, or none is made yet.</source>
        <translation>本月的计费都已审核，或尚未计费。</translation>
    </message>
    <message>
        <source>checked by %1 on %2</source>
        <translation>%1 于 %2 审核</translation>
    </message>
    <message>
        <source>not checked by finance yet</source>
        <translation>财务尚未审核</translation>
    </message>
    <message>
        <source>every building</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>Check the month&apos;s billing</source>
        <translation>审核本月计费</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n run(s) of %1 checked (%2 line(s), total %3)? Their payment notices can print then.</source>
        <translation>
            <numerusform>将 %1 的 %n 次计费（%2 行，合计 %3）标为已审核？之后即可打印缴费通知单。</numerusform>
        </translation>
    </message>
    <message>
        <source>notice-%1-%2</source>
        <translation>缴费通知单-%1-%2</translation>
    </message>
    <message>
        <source>notices-%1</source>
        <translation>缴费通知单-%1</translation>
    </message>
    <message numerus="yes">
        <source>Save %n payment notice(s) as PDF</source>
        <translation>
            <numerusform>将 %n 份缴费通知单存为 PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n payment notice(s) saved to %1.</source>
        <translation>
            <numerusform>%n 份缴费通知单已保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing %1…</source>
        <translation>正在计费 %1…</translation>
    </message>
    <message>
        <source>Billing run</source>
        <translation>月度计费</translation>
    </message>
    <message>
        <source>Bill returned &amp;repairs&apos; charges…</source>
        <translation>结算已完工维修的收费(&amp;R)…</translation>
    </message>
    <message>
        <source>No item is charged one at a time yet: a manager sets one up under Charge items (basis: one charge at a time), e.g. 特约服务.</source>
        <translation>尚未设立逐笔收费的项目：请管理处经理在“收费项目”中添加（计费方式选“逐笔收费”），例如 特约服务。</translation>
    </message>
    <message>
        <source>No returned repair up to the end of %1 has a charge left to bill.</source>
        <translation>截至 %1 月底，没有尚未计费的有偿维修。</translation>
    </message>
    <message>
        <source>Bill the returned repairs</source>
        <translation>结算已完工维修的收费</translation>
    </message>
    <message numerus="yes">
        <source>Bill %n returned repair(s) with a charge, up to the end of %1, as %2: total %3? Each is billed once, to the repair&apos;s unit.</source>
        <translation>
            <numerusform>将截至 %1 月底完工的 %n 单有偿维修按“%2”计费，合计 %3？每单只计费一次，记到报修的房屋名下。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned repair(s) billed, total %1.</source>
        <translation>
            <numerusform>已为 %n 单完工维修计费，合计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import opening balance&amp;s…</source>
        <translation>导入期初欠费(&amp;S)…</translation>
    </message>
    <message>
        <source>Meter rea&amp;dings…</source>
        <translation>抄表读数(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) with a %1 meter have no reading for this month and are not billed it: enter them under Meter readings first.</source>
        <translation>
            <numerusform>有 %n 户装有%1表但本月没有读数，不会计收该项：请先在“抄表读数”中录入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::CallbackQueueModel</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1（已超时）</translation>
    </message>
    <message numerus="yes">
        <source>%n not reached</source>
        <translation>
            <numerusform>%n 次未联系上</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>回访时限</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理部门</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
</context>
<context>
    <name>fd::CallbacksPage</name>
    <message>
        <source>The call</source>
        <translation>本次回访</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>否(&amp;O)</translation>
    </message>
    <message>
        <source>Was it handled?</source>
        <translation>是否已处理？</translation>
    </message>
    <message>
        <source>Satisfied? In their &amp;words:</source>
        <translation>是否满意？客户原话(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. the tap no longer drips, very pleased</source>
        <translation>如：水龙头不再滴水了，很满意</translation>
    </message>
    <message>
        <source>Other o&amp;pinion:</source>
        <translation>其他意见(&amp;P)：</translation>
    </message>
    <message>
        <source>anything else the customer said</source>
        <translation>客户提出的其他意见或建议</translation>
    </message>
    <message>
        <source>Reopen the ticket</source>
        <translation>重新打开工单</translation>
    </message>
    <message>
        <source>Dispatch the repair again</source>
        <translation>二次派工</translation>
    </message>
    <message>
        <source>department, e.g. 工程部</source>
        <translation>部门，如：工程部</translation>
    </message>
    <message>
        <source>If not satisfied, &amp;then:</source>
        <translation>不满意时(&amp;T)：</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <source>e.g. no answer, switched off</source>
        <translation>如：无人接听、关机</translation>
    </message>
    <message>
        <source>&amp;Satisfied</source>
        <translation>满意(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Not satisfied</source>
        <translation>不满意(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Unreachable</source>
        <translation>联系不上(&amp;U)</translation>
    </message>
    <message>
        <source>Opinion → &amp;request</source>
        <translation>意见转建议(&amp;R)</translation>
    </message>
    <message>
        <source>Opinion → &amp;complaint</source>
        <translation>意见转投诉(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) owed, the one due first on top</source>
        <translation>
            <numerusform>共 %n 条待回访，最先到期的排在最前面</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>(no phone)</source>
        <translation>（无电话）</translation>
    </message>
    <message>
        <source>Choose a ticket in the queue to call the customer back.</source>
        <translation>请在上方列表中选择一张工单，对客户进行回访。</translation>
    </message>
    <message>
        <source>No calls yet.</source>
        <translation>尚无回访记录。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Dispatched again as %1.</source>
        <translation>已二次派工，新工单号 %1。</translation>
    </message>
    <message>
        <source>The opinion can become a request or complaint.</source>
        <translation>该意见可转为建议或投诉。</translation>
    </message>
    <message>
        <source>The opinion is now %1 %2.</source>
        <translation>该意见已转为%1 %2。</translation>
    </message>
    <message>
        <source>Callbacks &amp;queue</source>
        <translation>回访待办(&amp;Q)</translation>
    </message>
    <message>
        <source>Co&amp;mmunity event…</source>
        <translation>社区事件(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) queued after &quot;%1&quot;.</source>
        <translation>
            <numerusform>已为“%1”生成 %n 条回访。</numerusform>
        </translation>
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation>客户走访(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;how number</source>
        <translation>显示号码(&amp;H)</translation>
    </message>
    <message>
        <source>Choose a callback in the queue first</source>
        <translation>请先在队列中选择一条回访</translation>
    </message>
    <message>
        <source>Only a repair is dispatched again; other work is reopened</source>
        <translation>只有报修可再次派工；其他事项重新打开</translation>
    </message>
    <message>
        <source>This ticket has no caller number.</source>
        <translation>此工单没有来电号码。</translation>
    </message>
    <message>
        <source>Show the caller&apos;s number in full to call back (Alt+H). Each time is recorded.</source>
        <translation>显示完整来电号码以便回访（Alt+H），每次显示都会记录。</translation>
    </message>
    <message>
        <source>Reload and apply again</source>
        <translation>重新读取并再次提交</translation>
    </message>
</context>
<context>
    <name>fd::CashCountWidget</name>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Per the ledger</source>
        <translation>账面金额</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点金额</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Explanation of a difference</source>
        <translation>差额说明</translation>
    </message>
    <message>
        <source>e.g. ¥10.00 short: change given twice to 3-1-502, reported to the manager</source>
        <translation>例如：短款 ¥10.00，给 3-1-502 找零多给，已报经理</translation>
    </message>
    <message>
        <source>Read the ledger again</source>
        <translation>重新读取账面</translation>
    </message>
    <message>
        <source>Close the count and print the handover sheet…</source>
        <translation>结束点钞并打印交班表…</translation>
    </message>
    <message>
        <source>The cash count is the cashier&apos;s, at the end of a shift.</source>
        <translation>交班点钞由收费员在交班时进行。</translation>
    </message>
    <message numerus="yes">
        <source>Your takings from %1 to %2: %n payment(s), %3 in all. Count each method and type what you counted.</source>
        <translation>
            <numerusform>您从 %1 到 %2 共收款 %n 笔，合计 %3。请逐项清点并填写实点金额。</numerusform>
        </translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>长款 %1</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>短款 %1</translation>
    </message>
    <message>
        <source>No cash count yet.</source>
        <translation>还没有点钞记录。</translation>
    </message>
    <message>
        <source>Last counts:</source>
        <translation>最近的点钞：</translation>
    </message>
    <message>
        <source>%1, %2: %3 per the ledger, %4 counted%5</source>
        <translation>%1，%2：账面 %3，实点 %4%5</translation>
    </message>
    <message>
        <source>Count kept: %1 per the ledger, %2 counted.</source>
        <translation>点钞已保存：账面 %1，实点 %2。</translation>
    </message>
    <message>
        <source>Save the handover sheet as PDF</source>
        <translation>将交班表存为 PDF</translation>
    </message>
    <message>
        <source>handover-%1</source>
        <translation>收费交班表-%1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>fd::CatalogEditor</name>
    <message>
        <source>%1 (switched off)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>启用(&amp;O)</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>停用(&amp;O)</translation>
    </message>
</context>
<context>
    <name>fd::ChangeListener</name>
    <message>
        <source>This desk cannot follow the other desks&apos; changes.</source>
        <translation>本工作站无法跟进其他工作站的改动。</translation>
    </message>
</context>
<context>
    <name>fd::ChangePasswordDialog</name>
    <message>
        <source>%1 (%2): at least %3 characters. The next sign-in, lock screen and handover signature use the new password.</source>
        <translation>%1（%2）：新密码至少 %3 位。之后登录、解锁和交接班签字都用新密码。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
</context>
<context>
    <name>fd::ChargeItemsWidget</name>
    <message>
        <source>Rates of the selected item (a new one starts on its day; none is ever changed)</source>
        <translation>所选项目的收费标准（新标准自其起始日生效，已有标准从不修改）</translation>
    </message>
    <message>
        <source>New charge item</source>
        <translation>新增收费项目</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. WY</source>
        <translation>例如 WY</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>名称(&amp;M)</translation>
    </message>
    <message>
        <source>e.g. 物业管理费</source>
        <translation>例如 物业管理费</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>计费方式(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>计费周期(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Due day</source>
        <translation>到期日（每期首月几号）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add the item</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <source>New rate of the selected item</source>
        <translation>为所选项目新增收费标准</translation>
    </message>
    <message>
        <source>Unit t&amp;ype</source>
        <translation>房屋类型(&amp;Y)</translation>
    </message>
    <message>
        <source>P&amp;rice (yuan)</source>
        <translation>价格（元）(&amp;R)</translation>
    </message>
    <message>
        <source>per ㎡ a month, or a month</source>
        <translation>每平方米每月，或每月定额</translation>
    </message>
    <message>
        <source>Fir&amp;st day</source>
        <translation>起始日(&amp;S)</translation>
    </message>
    <message>
        <source>Add the ra&amp;te</source>
        <translation>添加标准(&amp;T)</translation>
    </message>
    <message>
        <source>every type</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>计费周期</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>现行标准</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>房屋类型</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>no rate in force</source>
        <translation>暂无生效的标准</translation>
    </message>
    <message>
        <source>Select the charge item first, in the list on the left.</source>
        <translation>请先在左边列表中选择收费项目。</translation>
    </message>
    <message>
        <source>Charge items</source>
        <translation>收费项目</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the month ends</source>
        <translation>
            <numerusform>当月结束后 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>its own amount each time</source>
        <translation>每笔各有金额</translation>
    </message>
    <message>
        <source>This item is charged one at a time with its own amount; it has no rate.</source>
        <translation>该项目逐笔收费，每笔各有金额，没有收费标准。</translation>
    </message>
    <message>
        <source> days after the month ends</source>
        <translation> 天（当月结束后）</translation>
    </message>
    <message>
        <source>&amp;Who pays it…</source>
        <translation>由谁缴(&amp;W)…</translation>
    </message>
    <message>
        <source>Only the &amp;units listed for it (e.g. a parking space)</source>
        <translation>只向登记的房屋收取（如车位）(&amp;U)</translation>
    </message>
    <message>
        <source>%1, listed units only</source>
        <translation>%1，仅登记房屋</translation>
    </message>
    <message>
        <source>Select an item billed only to the units listed for it, in the list on the left.</source>
        <translation>请在左侧列表中选择一个只向登记房屋收取的项目。</translation>
    </message>
    <message>
        <source>Billed a month ahead (a monthly contract, e.g. wee&amp;kly cleaning)</source>
        <translation>提前一个月收费（包月合同，如每周保洁）(&amp;K)</translation>
    </message>
    <message>
        <source>%1, a month ahead</source>
        <translation>%1，提前一个月收</translation>
    </message>
    <message>
        <source>Only a monthly item by floor area or at a fixed amount is billed a month ahead.</source>
        <translation>只有按月、按面积或固定金额收费的项目才能提前一个月收费。</translation>
    </message>
</context>
<context>
    <name>fd::ChargeListingsDialog</name>
    <message>
        <source>Units that pay the item</source>
        <translation>缴纳该项目的房屋</translation>
    </message>
    <message>
        <source>List a unit</source>
        <translation>登记房屋</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;First day billed</source>
        <translation>开始计费日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. the space B1-023</source>
        <translation>例如 车位 B1-023</translation>
    </message>
    <message>
        <source>&amp;List the unit</source>
        <translation>登记(&amp;L)</translation>
    </message>
    <message>
        <source>End the selected listing</source>
        <translation>结束选中的登记</translation>
    </message>
    <message>
        <source>Last &amp;day billed</source>
        <translation>最后计费日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;End it</source>
        <translation>结束登记(&amp;E)</translation>
    </message>
    <message>
        <source>Units that pay %1</source>
        <translation>缴纳%1的房屋</translation>
    </message>
    <message>
        <source>%1 is billed only to the units listed here, for the days each is listed: a month only partly covered is billed by its days.</source>
        <translation>%1 只向这里登记的房屋收取，按登记的天数计费：只覆盖部分月份的按天折算。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>still listed</source>
        <translation>仍在登记</translation>
    </message>
    <message>
        <source>Select a listing that has not ended, in the list above.</source>
        <translation>请在上方列表中选择一条尚未结束的登记。</translation>
    </message>
</context>
<context>
    <name>fd::CollectWidget</name>
    <message>
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <source>Choose a unit to see what it owes.</source>
        <translation>请选择房号，查看其欠费。</translation>
    </message>
    <message>
        <source>Open &amp;bills (tick those paid now)</source>
        <translation>未结账单(&amp;B)（勾选本次缴纳的）</translation>
    </message>
    <message>
        <source>Payment&amp;s of this unit</source>
        <translation>该户收款记录(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;print receipt…</source>
        <translation>补打收据(&amp;P)…</translation>
    </message>
    <message>
        <source>Ta&amp;ke back…</source>
        <translation>冲销(&amp;K)…</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. 220.02</source>
        <translation>例如 220.02</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>收款方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>交易单号(&amp;R)</translation>
    </message>
    <message>
        <source>The transaction&apos;s number (not for cash)</source>
        <translation>交易单号（现金不填）</translation>
    </message>
    <message>
        <source>Paid b&amp;y</source>
        <translation>交款人(&amp;Y)</translation>
    </message>
    <message>
        <source>Empty: the owner</source>
        <translation>不填即为业主</translation>
    </message>
    <message>
        <source>&amp;Take payment and print the receipt…</source>
        <translation>收款并打印收据(&amp;T)…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收款时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n month(s)</source>
        <translation>
            <numerusform>%1 起 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) owes %3, due since %4.</source>
        <translation>%1（%2）欠费 %3，自 %4 起到期未缴。</translation>
    </message>
    <message>
        <source>%1 (%2) owes nothing.</source>
        <translation>%1（%2）无欠费。</translation>
    </message>
    <message>
        <source>Prepaid: %1.</source>
        <translation>预存余额：%1。</translation>
    </message>
    <message>
        <source>taken back: %1</source>
        <translation>已冲销：%1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message numerus="yes">
        <source>A part payment: %1 of the %n ticked bill(s) stays owed.</source>
        <translation>
            <numerusform>部分缴费：所勾选的 %n 笔账单中仍欠 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Settles the %n ticked bill(s); %1 is kept as prepaid for the next bills.</source>
        <translation>
            <numerusform>结清所勾选的 %n 笔账单；多出的 %1 转为预存，抵扣以后的账单。</numerusform>
        </translation>
    </message>
    <message>
        <source>All of it is kept as prepaid for the next bills.</source>
        <translation>全部转为预存，抵扣以后的账单。</translation>
    </message>
    <message numerus="yes">
        <source>Settles the %n ticked bill(s) in full.</source>
        <translation>
            <numerusform>全额结清所勾选的 %n 笔账单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the unit first: its open bills show here.</source>
        <translation>请先选择房号，其未结账单会显示在这里。</translation>
    </message>
    <message>
        <source>Cash has no transaction number.</source>
        <translation>现金收款没有交易单号。</translation>
    </message>
    <message>
        <source>Write the amount in yuan with at most two decimals, e.g. 220.02.</source>
        <translation>请以元为单位填写金额，最多两位小数，例如 220.02。</translation>
    </message>
    <message>
        <source>Receipt %1: %2 taken by %3.</source>
        <translation>收据 %1：已收 %2（%3）。</translation>
    </message>
    <message>
        <source>Save receipt %1 as PDF</source>
        <translation>将收据 %1 保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1.</source>
        <translation>收据已保存到 %1。</translation>
    </message>
    <message>
        <source>Receipt %1 is taken back (approved by %2); its bills are open again.</source>
        <translation>收据 %1 已冲销（审批人：%2），相应账单重新变为未结。</translation>
    </message>
    <message>
        <source>Special service or other &amp;charge…</source>
        <translation>特约服务或其他收费(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the unit first.</source>
        <translation>请先选择房号。</translation>
    </message>
    <message>
        <source>%1 (%2) is billed to %3, due %4.</source>
        <translation>%1（%2）已记入 %3 的账单，%4 到期。</translation>
    </message>
    <message>
        <source>Late fees to &amp;date…</source>
        <translation>滞纳金(&amp;D)…</translation>
    </message>
    <message>
        <source>The late fees are billed to %1, due today.</source>
        <translation>滞纳金已记入 %1 的账单，今天到期。</translation>
    </message>
    <message>
        <source>Deposits held: %1 (not income).</source>
        <translation>代管押金：%1（不计收入）。</translation>
    </message>
    <message>
        <source>&amp;Withdraw the bill…</source>
        <translation>撤销账单(&amp;W)…</translation>
    </message>
    <message>
        <source>Select the bill in the list first.</source>
        <translation>请先在列表中选中账单。</translation>
    </message>
    <message>
        <source>%1 of %2 for unit %3, due %4. The bill stays on record; the unit owes it no more, and the month&apos;s run may bill it again.</source>
        <translation>%3 的 %1，金额 %2，%4 到期。账单保留原样，该户不再欠这笔钱，该月计费可以重新计收。</translation>
    </message>
    <message>
        <source>Say why the bill is taken back.</source>
        <translation>请写明撤销账单的原因。</translation>
    </message>
    <message>
        <source>%1 (%2) is taken back; the unit owes it no more.</source>
        <translation>%1（%2）已撤销，该户不再欠这笔钱。</translation>
    </message>
    <message>
        <source>%1&apos;s account changed at another desk: what you typed is kept; choose the unit again to read it.</source>
        <translation>%1 的账户在另一个工作台有变动：您输入的内容已保留；请重新选择房号以读取最新账户。</translation>
    </message>
    <message>
        <source>%1&apos;s account changed at another desk: it is shown as it is now.</source>
        <translation>%1 的账户在另一个工作台有变动：已显示最新状态。</translation>
    </message>
</context>
<context>
    <name>fd::CommunityEventDialog</name>
    <message>
        <source>Record and queue the callbacks</source>
        <translation>记录并生成回访</translation>
    </message>
    <message>
        <source>every building</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>%1栋</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) chosen.</source>
        <translation>
            <numerusform>已选 %n 户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ComplaintDetailWidget</name>
    <message>
        <source>Supervisor&apos;s decision (R-CP-2, R-CP-3)</source>
        <translation>客服主管判定（R-CP-2、R-CP-3）</translation>
    </message>
    <message>
        <source>&amp;Invalid</source>
        <translation>无效(&amp;I)</translation>
    </message>
    <message>
        <source>Judgement:</source>
        <translation>判定结果：</translation>
    </message>
    <message>
        <source>Choose a grade</source>
        <translation>请选择等级</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>定级标准：</translation>
    </message>
    <message>
        <source>Required when invalid: the explanation given to the customer</source>
        <translation>判定无效时必填：向客户所作的解释</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>后续处理</translation>
    </message>
    <message>
        <source>Number of a complaint about the same event</source>
        <translation>同一事件另一条投诉的工单号</translation>
    </message>
    <message>
        <source>Same &amp;event:</source>
        <translation>同一事件(&amp;E)：</translation>
    </message>
    <message>
        <source>Why the limit is extended</source>
        <translation>延期原因</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>延期(&amp;X)</translation>
    </message>
    <message>
        <source>New li&amp;mit:</source>
        <translation>新时限(&amp;M)：</translation>
    </message>
    <message>
        <source>Extension reason:</source>
        <translation>延期原因：</translation>
    </message>
    <message>
        <source>What the customer was told</source>
        <translation>答复客户的内容</translation>
    </message>
    <message>
        <source>Record re&amp;ply</source>
        <translation>登记答复(&amp;P)</translation>
    </message>
    <message>
        <source>Repl&amp;y:</source>
        <translation>答复客户(&amp;Y)：</translation>
    </message>
    <message>
        <source>What the next clerk should know about this customer</source>
        <translation>写下其他客户助理需要了解的该客户情况</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <source>Customer n&amp;ote:</source>
        <translation>客户备注(&amp;O)：</translation>
    </message>
    <message>
        <source>No complaint selected</source>
        <translation>未选择投诉</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>%1, received %2</source>
        <translation>%1，受理时间 %2</translation>
    </message>
    <message>
        <source>Resolve by %1</source>
        <translation>处理时限：%1</translation>
    </message>
    <message>
        <source>Definite reply by %1</source>
        <translation>明确答复时限：%1</translation>
    </message>
    <message>
        <source>Replied at %1</source>
        <translation>答复时间：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) about the same event</source>
        <translation>
            <numerusform>同一事件共有 %n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint has that number.</source>
        <translation>没有这个工单号的投诉。</translation>
    </message>
    <message>
        <source>V&amp;alid</source>
        <translation>有效(&amp;A)</translation>
    </message>
    <message>
        <source>Gra&amp;de:</source>
        <translation>投诉等级(&amp;D)：</translation>
    </message>
    <message>
        <source>Re&amp;cord decision</source>
        <translation>记录判定(&amp;C)</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>转交(&amp;W)</translation>
    </message>
    <message>
        <source>Forward &amp;to:</source>
        <translation>转交部门(&amp;T)：</translation>
    </message>
    <message>
        <source>What the department did</source>
        <translation>部门的处理情况</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>处理结果(&amp;U)：</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Record t&amp;he result</source>
        <translation>登记结果(&amp;H)</translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation>处理人(&amp;B)：</translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation>关联(&amp;K)</translation>
    </message>
    <message>
        <source>Choose a complaint in the list first</source>
        <translation>请先在列表中选择一条投诉</translation>
    </message>
    <message>
        <source>This complaint is closed</source>
        <translation>该投诉已关闭</translation>
    </message>
    <message>
        <source>Forwarded: record the department&apos;s result first</source>
        <translation>已转出：请先登记部门的处理结果</translation>
    </message>
    <message>
        <source>Forward the complaint to a department first</source>
        <translation>请先把投诉转给一个部门</translation>
    </message>
    <message>
        <source>Reload and apply again</source>
        <translation>重新读取并再次提交</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintListModel</name>
    <message>
        <source>Not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1（已超时）</translation>
    </message>
    <message>
        <source>[same event] %1</source>
        <translation>【同一事件】%1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>投诉等级</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintsPage</name>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>共 %n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Link selected to one event</source>
        <translation>将所选关联为同一事件</translation>
    </message>
    <message>
        <source>Select two or more complaints about the same event (Ctrl+click), then link them (Ctrl+G).</source>
        <translation>选择关于同一事件的两条或以上投诉（Ctrl+单击），然后关联（Ctrl+G）。</translation>
    </message>
    <message numerus="yes">
        <source>Linked to the event of %1: %n complaint(s) about it.</source>
        <translation>
            <numerusform>已关联到 %1 的事件：该事件共有 %n 条投诉。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ConnectionDialog</name>
    <message>
        <source>Type what scripts/site-server printed on the site&apos;s server. The password is asked once and, if you let it, kept in ~/.pgpass where only you can read it; the fingerprint makes sure this computer talks to your site&apos;s server and no other.</source>
        <translation>请填写在项目服务器上运行 scripts/site-server 时打印的内容。密码只问一次，若您同意，会保存在只有您能读的 ~/.pgpass；指纹确保这台电脑连的是本项目的服务器，而不是别的。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>This computer has pinned this server&apos;s certificate; type a fingerprint only to pin a new one.</source>
        <translation>这台电脑已固定该服务器的证书；只有要固定新证书时才需填写指纹。</translation>
    </message>
    <message>
        <source>The server runs on this computer: no fingerprint is needed.</source>
        <translation>服务器就在这台电脑上：不需要指纹。</translation>
    </message>
    <message>
        <source>Not pinned yet: type the fingerprint the server&apos;s set-up printed.</source>
        <translation>尚未固定：请填写服务器配置时打印的指纹。</translation>
    </message>
    <message>
        <source>Type the server&apos;s address.</source>
        <translation>请填写服务器地址。</translation>
    </message>
    <message>
        <source>Type the database&apos;s name.</source>
        <translation>请填写数据库名称。</translation>
    </message>
    <message>
        <source>Type the user (the role) to connect as.</source>
        <translation>请填写连接所用的用户（角色）。</translation>
    </message>
</context>
<context>
    <name>fd::ControlRoomPage</name>
    <message>
        <source>&amp;Dispatch directly…</source>
        <translation>直接派工(&amp;D)…</translation>
    </message>
    <message>
        <source>Record re&amp;turn…</source>
        <translation>登记完工(&amp;T)…</translation>
    </message>
    <message>
        <source>Night calls</source>
        <translation>夜间来电</translation>
    </message>
    <message>
        <source>The control room records the night calls and the front desk enters them as tickets; your role does neither.</source>
        <translation>夜间来电由中控室登记，再由前台补单录入工单；您的角色不参与这两项工作。</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>来电内容</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Call recorded at %1.</source>
        <translation>已登记 %1 的来电。</translation>
    </message>
    <message>
        <source>Tonight&apos;s calls (since %1)</source>
        <translation>今晚来电（%1 起）</translation>
    </message>
    <message>
        <source>Not entered yet</source>
        <translation>尚未补单</translation>
    </message>
    <message>
        <source>%1 sent at %2.</source>
        <translation>已于 %2 派工至%1。</translation>
    </message>
    <message>
        <source>Return recorded at %1.</source>
        <translation>已登记完工（%1）。</translation>
    </message>
</context>
<context>
    <name>fd::DispatchDialog</name>
    <message>
        <source>Dispatch %1</source>
        <translation>派工：%1</translation>
    </message>
    <message>
        <source>Second dispatch of %1</source>
        <translation>二次派工：%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
    <message>
        <source>What the customer said on the callback</source>
        <translation>回访时客户的意见</translation>
    </message>
    <message>
        <source>Callback (not satisfied)</source>
        <translation>回访（不满意）</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>Who goes (optional)</source>
        <translation>上门人员（选填）</translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation>处理人员(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>报修类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paid service (priced from the fee schedule)</source>
        <translation>有偿服务（按收费标准计价）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Dispatc&amp;h</source>
        <translation>派工(&amp;H)</translation>
    </message>
    <message>
        <source>Dispatc&amp;h again</source>
        <translation>再次派工(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;load and apply again</source>
        <translation>重新读取并再次提交(&amp;L)</translation>
    </message>
</context>
<context>
    <name>fd::FeeScheduleDialog</name>
    <message>
        <source>Fee schedule for paid services</source>
        <translation>有偿服务项目及收费标准</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>是否提供</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>服务项目(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. each, per metre</source>
        <translation>如：个、米</translation>
    </message>
    <message>
        <source>&amp;Per</source>
        <translation>计价单位(&amp;P)</translation>
    </message>
    <message>
        <source>Yuan, e.g. 35.50</source>
        <translation>单位为元，如 35.50</translation>
    </message>
    <message>
        <source>P&amp;rice (yuan)</source>
        <translation>价格（元）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation>提供此项服务(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>新增项目(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>保存(&amp;A)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Write the price in yuan, e.g. 35.50.</source>
        <translation>请以元为单位填写价格，如 35.50。</translation>
    </message>
    <message>
        <source>Re&amp;load and apply again</source>
        <translation>重新读取并再次提交(&amp;L)</translation>
    </message>
</context>
<context>
    <name>fd::FeeSummaryWidget</name>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>查看(&amp;S)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Taken in %1: %2 (%3).</source>
        <translation>%1 实收：%2（%3）。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Save the monthly summary as PDF</source>
        <translation>将收费月报另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Export the monthly summary to Excel</source>
        <translation>将收费月报导出为 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>fd::FeesPage</name>
    <message>
        <source>C&amp;ounter</source>
        <translation>收款台(&amp;O)</translation>
    </message>
    <message>
        <source>Billing ru&amp;n</source>
        <translation>月度计费(&amp;N)</translation>
    </message>
    <message>
        <source>Charge it&amp;ems</source>
        <translation>收费项目(&amp;E)</translation>
    </message>
    <message>
        <source>Arrears and dunn&amp;ing</source>
        <translation>欠费催缴(&amp;I)</translation>
    </message>
    <message>
        <source>Mont&amp;hly summary</source>
        <translation>收费月报(&amp;H)</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>交班点钞</translation>
    </message>
</context>
<context>
    <name>fd::FirstStartWizard</name>
    <message>
        <source>Set up FrontDesk</source>
        <translation>物业客服前台初始设置</translation>
    </message>
    <message>
        <source>Welcome to FrontDesk</source>
        <translation>欢迎使用物业客服前台</translation>
    </message>
    <message>
        <source>This database is new. Name the property and create the first administrator: they create the other accounts and import the units.</source>
        <translation>这是一个新数据库。请填写小区名称，并创建第一个系统管理员：由其创建其他账号并导入房屋资料。</translation>
    </message>
    <message>
        <source>&amp;Property name</source>
        <translation>小区名称(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 翠湖花园</source>
        <translation>如：翠湖花园</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;sign-in name</source>
        <translation>管理员登录名(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. admin or zhang.wei</source>
        <translation>如：admin 或 zhang.wei</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;name</source>
        <translation>管理员姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>确认密码(&amp;A)</translation>
    </message>
    <message>
        <source>Create site</source>
        <translation>创建小区</translation>
    </message>
</context>
<context>
    <name>fd::GlobalSearch</name>
    <message>
        <source>Find: 3-1-502, a ticket number, a name, a phone&apos;s last 4 digits or any words (Ctrl+F)</source>
        <translation>查找：3-1-502、工单号、姓名、电话后 4 位或任意字词（Ctrl+F）</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter opens · Esc closes</source>
        <translation>↑↓ 选择 · Enter 打开 · Esc 关闭</translation>
    </message>
</context>
<context>
    <name>fd::GlobalSearchModel</name>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>住户</translation>
    </message>
</context>
<context>
    <name>fd::HandoverDialog</name>
    <message>
        <source>Handover sheet</source>
        <translation>工作移交表</translation>
    </message>
    <message>
        <source>&amp;Notes for the next person</source>
        <translation>给接班人的备注(&amp;N)</translation>
    </message>
    <message>
        <source>Anything else the next shift must know: calls expected, visitors, promises made</source>
        <translation>下一班还需知道的其他情况：待接的来电、预约的访客、已答应客户的事项</translation>
    </message>
    <message>
        <source>Your &amp;password</source>
        <translation>您的密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign and hand over</source>
        <translation>签字交班(&amp;S)</translation>
    </message>
    <message>
        <source>Arriving person&apos;s sign-in &amp;name</source>
        <translation>接班人登录名(&amp;N)</translation>
    </message>
    <message>
        <source>Their own pass&amp;word</source>
        <translation>接班人本人密码(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Accept and seal</source>
        <translation>确认接班并封存(&amp;A)</translation>
    </message>
    <message>
        <source>Handover sheet — %1</source>
        <translation>工作移交表 — %1</translation>
    </message>
    <message>
        <source>%1 · shift %2 · %3, on duty %4 – %5</source>
        <extracomment>Dialog head: post · shift with its times · who was on it from when (to when, once handed over).</extracomment>
        <translation>%1 · %2 · %3，当班 %4 – %5</translation>
    </message>
    <message>
        <source>%1 · shift %2 · %3, on duty since %4</source>
        <translation>%1 · %2 · %3，%4 起当班</translation>
    </message>
    <message>
        <source>Sign &amp;later</source>
        <translation>稍后签字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The signed sheet waits on the Handover page until the arriving person signs it.</source>
        <translation>已签字的移交表会留在“交接班”页，等待接班人签字。</translation>
    </message>
    <message>
        <source>This shift&apos;s sheet is drafted with the lines below. Sign it with your password to hand over.</source>
        <translation>本班次的移交表已按以下事项生成。请输入您的密码签字交班。</translation>
    </message>
    <message>
        <source>These lines are handed over as they stand now. Add what else the next person must know, then sign with your password.</source>
        <translation>以下事项将按当前状态移交。请补充接班人还需知道的情况，然后输入您的密码签字。</translation>
    </message>
    <message>
        <source>%1 handed over and signed at %2. The arriving person answers every line: tick it, or write what does not match. Then they sign with their own sign-in name and password.</source>
        <translation>%1 已于 %2 签字交班。接班人须逐项确认：勾选确认，或写明不符之处；然后用本人的登录名和密码签字。</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Sealed %1. Handed over by %2 (signed %3), taken over by %4 (signed %5).</source>
        <translation>已于 %1 封存。交班人 %2（%3 签字），接班人 %4（%5 签字）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) answered</source>
        <translation>
            <numerusform>共 %n 项，已核对 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>The open items changed while this sheet was open. Read the lines again and sign.</source>
        <translation>打开本表期间，未完事项发生了变化。请重新阅读各项后再签字。</translation>
    </message>
    <message>
        <source>Post they work a&amp;t</source>
        <translation>接班岗位(&amp;T)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
</context>
<context>
    <name>fd::HandoverItemsView</name>
    <message>
        <source>Nothing is open at this post.</source>
        <translation>本岗位没有未完事项。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>√ acknowledged %1</source>
        <translation>√ %1 已确认</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>异议：%1</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认无误</translation>
    </message>
    <message>
        <source>or what does not match</source>
        <translation>或填写不符之处</translation>
    </message>
    <message>
        <source>× disputed %1</source>
        <translation>× %1 有异议</translation>
    </message>
</context>
<context>
    <name>fd::HandoverPrintButton</name>
    <message>
        <source>&amp;Print / Save as PDF…</source>
        <translation>打印 / 另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Handover sheet</source>
        <translation>工作移交表</translation>
    </message>
    <message>
        <source>Print handover sheet</source>
        <translation>打印工作移交表</translation>
    </message>
    <message>
        <source>Save handover sheet as PDF</source>
        <translation>将工作移交表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fd::HandoverSheetModel</name>
    <message>
        <source>%1 → %2</source>
        <extracomment>Who handed over to whom; the arriving person is not known while the sheet is a draft.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → …</source>
        <translation>%1 → …</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed</source>
        <translation>
            <numerusform>%n 项有异议</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交接时间</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Leaving → arriving</source>
        <translation>交班人 → 接班人</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>fd::HomePage</name>
    <message>
        <source>Keys that save time</source>
        <translation>常用快捷键</translation>
    </message>
    <message>
        <source>Go to a page (point at the list on the left to see which key)</source>
        <translation>切换页面（鼠标指向左侧列表可查看对应按键）</translation>
    </message>
    <message>
        <source>Lock the screen whenever you leave the desk</source>
        <translation>离开前台时请随手锁屏</translation>
    </message>
    <message>
        <source>Switch user at a change of shift without closing anything</source>
        <translation>交接班时切换用户，无需关闭任何窗口</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前登录：%1（%2）</translation>
    </message>
    <message>
        <source>Find a unit, a ticket or a person: 3-1-502, a ticket number, a name, a phone&apos;s last 4 digits or any words of what was reported</source>
        <translation>查找房号、工单或住户：3-1-502、工单号、姓名、电话后 4 位，或所反映内容中的任意字词</translation>
    </message>
    <message>
        <source>Queues: my open work, what is overdue and what falls due within the hour</source>
        <translation>待办：我的待办工作、已超时事项和一小时内到期的事项</translation>
    </message>
    <message>
        <source>Handover: start your shift, hand over with both signatures, print the sheet</source>
        <translation>交接班：开始当班、交接双方签字、打印工作移交表</translation>
    </message>
    <message>
        <source>Visitors: check in, who is inside now, check out</source>
        <translation>访客：登记进入、查看在访访客、离开登记</translation>
    </message>
    <message>
        <source>Storage and mail: parcels, stored items and tools lent, each signed for</source>
        <translation>寄存与邮件：快递、寄存物品和工具借用，均需签名确认</translation>
    </message>
    <message>
        <source>Back to the &amp;intake form</source>
        <translation>回到受理表单(&amp;I)</translation>
    </message>
    <message>
        <source>An intake form you began is not saved yet.</source>
        <translation>有一张已开始填写的受理表单尚未保存。</translation>
    </message>
    <message>
        <source>An intake form you began is not saved yet: %1</source>
        <translation>有一张已开始填写的受理表单尚未保存：%1</translation>
    </message>
</context>
<context>
    <name>fd::ImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>&amp;Choose CSV file…</source>
        <translation>选择 CSV 文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>导入房屋资料</translation>
    </message>
    <message>
        <source>Choose the unit list as a CSV file (UTF-8 or the GBK that Excel saves). It is checked first and nothing is written; import it once no problem is left.</source>
        <translation>请选择 CSV 格式的房屋清单（UTF-8，或 Excel 保存的 GBK 编码）。系统会先检查文件，此时不写入任何内容；所有问题解决后即可导入。</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Choose the unit list</source>
        <translation>选择房屋清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix them in the file and choose it again.</source>
        <translation>
            <numerusform>%n 个问题：请在文件中改正后重新选择该文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1 new unit(s), %2 changed, %3 unchanged; %4 new resident(s).</source>
        <translation>
            <numerusform>已读取 %n 行：新增房号 %1 套，变更 %2 套，未变 %3 套；新增住户 %4 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview, nothing written yet: %1 %2</source>
        <translation>预览（尚未写入）：%1 %2</translation>
    </message>
</context>
<context>
    <name>fd::ImportProblemModel</name>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>fd::IntakeClassFieldsWidget</name>
    <message>
        <source>Water</source>
        <translation>水路</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电路</translation>
    </message>
    <message>
        <source>Doors and locks</source>
        <translation>门窗锁具</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>电梯</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <source>Walls and ceilings</source>
        <translation>墙面/天花</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>报修类别(&amp;T)</translation>
    </message>
    <message>
        <source>Staff, departments or neighbours concerned</source>
        <translation>涉及的员工、部门或邻居</translation>
    </message>
    <message>
        <source>What the customer wants done</source>
        <translation>客户希望如何处理</translation>
    </message>
    <message>
        <source>Customer &amp;asks</source>
        <translation>客户诉求(&amp;A)</translation>
    </message>
    <message>
        <source>Logged in the daily-affairs register.</source>
        <translation>记入日常事务登记。</translation>
    </message>
    <message>
        <source>&amp;People involved</source>
        <translation>涉及人员(&amp;P)</translation>
    </message>
</context>
<context>
    <name>fd::IntakeHistoryWidget</name>
    <message>
        <source>Customer history</source>
        <translation>客户历史记录</translation>
    </message>
    <message>
        <source>Choose a unit or write the caller&apos;s name to see their history.</source>
        <translation>选择房号或填写来电人姓名，即可查看其历史记录。</translation>
    </message>
    <message>
        <source>%1: no earlier tickets.</source>
        <translation>%1：此前没有工单。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the latest %n ticket(s).</source>
        <translation>
            <numerusform>%1：最近 %n 张工单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Has complained %n time(s) before.</source>
        <translation>
            <numerusform>此前已投诉 %n 次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::IntakePage</name>
    <message>
        <source>New intake</source>
        <translation>新建受理</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation>联系人(&amp;E)</translation>
    </message>
    <message>
        <source>e.g. 13812345678</source>
        <translation>如：13812345678</translation>
    </message>
    <message>
        <source>&amp;Caller number</source>
        <translation>来电号码(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>受理渠道(&amp;H)</translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation>客户反映的内容，尽量记录原话</translation>
    </message>
    <message>
        <source>What was sai&amp;d</source>
        <translation>反映内容(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>报修(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;mplaint</source>
        <translation>投诉(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;quest/suggestion</source>
        <translation>需求/建议(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Inquiry</source>
        <translation>咨询(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>其他(&amp;O)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <source>Ma&amp;jor / urgent / sudden: report to the superior at once</source>
        <translation>重大/紧急/突发：立即上报上级(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;New (Esc)</source>
        <translation>新建(&amp;N)（Esc）</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <source>The unsaved form was restored.</source>
        <translation>已恢复上次未保存的表单。</translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>Reply due by %1.</source>
        <translation>答复时限：%1。</translation>
    </message>
    <message>
        <source>Discard this intake?</source>
        <translation>放弃本次受理？</translation>
    </message>
    <message>
        <source>What was typed will be lost.</source>
        <translation>已输入的内容将会丢失。</translation>
    </message>
    <message>
        <source>&amp;Contact phone</source>
        <translation>联系电话(&amp;C)</translation>
    </message>
    <message>
        <source>An older draft typed on this computer while the server was away is kept in %1.</source>
        <translation>服务器断开期间在本机输入的较早草稿已另存于 %1。</translation>
    </message>
</context>
<context>
    <name>fd::IntakePromiseWidget</name>
    <message numerus="yes">
        <source>A reply is owed within %n hour(s), or by the time promised to the customer (R-IN-4).</source>
        <translation>
            <numerusform>应在 %n 小时内答复，或在向客户承诺的时间前答复（R-IN-4）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>fd::LateFeeDialog</name>
    <message>
        <source>Late fees</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>Charge as &amp;item</source>
        <translation>收费项目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reason for waiving</source>
        <translation>减免原因(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. the bill was sent late</source>
        <translation>例如 账单送达晚了</translation>
    </message>
    <message>
        <source>&amp;Waive the selected bill&apos;s late fee</source>
        <translation>减免所选账单的滞纳金(&amp;W)</translation>
    </message>
    <message>
        <source>Late fees of unit %1 to today, per bill unpaid past its due day, at the site&apos;s rate on what it still owes.</source>
        <translation>%1 截至今天的滞纳金：每条逾期未缴的账单，按站点规定的比例乘以尚欠金额计算。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Counted after</source>
        <translation>起计（次日起）</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>&amp;Charge them</source>
        <translation>收取(&amp;C)</translation>
    </message>
    <message>
        <source>No late fee today (the site may charge none).</source>
        <translation>今天没有滞纳金（本小区可能不收滞纳金）。</translation>
    </message>
    <message>
        <source>Late fees in all: %1.</source>
        <translation>滞纳金合计：%1。</translation>
    </message>
    <message>
        <source>No item is charged one at a time yet: a manager sets one up under Charge items, e.g. 滞纳金.</source>
        <translation>尚未设立逐笔收费的项目：请管理处经理在“收费项目”中添加，例如 滞纳金。</translation>
    </message>
    <message>
        <source>Select the bill whose late fee is waived.</source>
        <translation>请选择要减免滞纳金的账单。</translation>
    </message>
</context>
<context>
    <name>fd::LobbyLogsPage</name>
    <message>
        <source>Parcels and mail</source>
        <translation>快递与邮件</translation>
    </message>
    <message>
        <source>Stored items</source>
        <translation>寄存物品</translation>
    </message>
    <message>
        <source>Tools lent</source>
        <translation>工具借用</translation>
    </message>
</context>
<context>
    <name>fd::LockCover</name>
    <message>
        <source>FrontDesk is locked</source>
        <translation>物业客服前台已锁屏</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>当前登录：%1</translation>
    </message>
</context>
<context>
    <name>fd::LockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>FrontDesk is locked</source>
        <translation>物业客服前台已锁屏</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁屏</translation>
    </message>
    <message>
        <source>%1 is signed in. Enter the password to continue.</source>
        <translation>当前登录：%1。请输入密码继续。</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
</context>
<context>
    <name>fd::MeterReadingDialog</name>
    <message>
        <source>Meter readings</source>
        <translation>抄表读数</translation>
    </message>
    <message>
        <source>The month&apos;s readings of a metered item: its billing run bills each unit&apos;s use (current − previous) × multiplier at the rate&apos;s price per unit. A reading can be corrected until its month is billed.</source>
        <translation>按抄表计费项目的本月读数：计费时按每户用量（本期 − 上期）× 倍率 × 单价收费。读数在该月计费前可以更正。</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>项目(&amp;I)</translation>
    </message>
    <message>
        <source>Mon&amp;th read</source>
        <translation>抄表月份(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. 2026-12</source>
        <translation>例如 2026-12</translation>
    </message>
    <message>
        <source>Record one reading</source>
        <translation>逐户录入</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Previous reading</source>
        <translation>上期读数(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Current reading</source>
        <translation>本期读数(&amp;C)</translation>
    </message>
    <message>
        <source>as the meter shows it, e.g. 1036.5</source>
        <translation>按表上显示填写，例如 1036.5</translation>
    </message>
    <message>
        <source>Multip&amp;lier</source>
        <translation>倍率(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. 换新表</source>
        <translation>例如 换新表</translation>
    </message>
    <message>
        <source>&amp;Record the reading</source>
        <translation>录入读数(&amp;R)</translation>
    </message>
    <message>
        <source>A meter reader&apos;s sheet (CSV: 房号, 本期读数; optionally 上期读数, 倍率, 备注)</source>
        <translation>抄表员的表格（CSV：房号、本期读数；可选 上期读数、倍率、备注）</translation>
    </message>
    <message>
        <source>Choose the &amp;sheet…</source>
        <translation>选择表格(&amp;S)…</translation>
    </message>
    <message>
        <source>I&amp;mport it</source>
        <translation>导入(&amp;M)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>No item is billed by meter reading yet: a manager sets one up under Charge items (basis: by meter reading), e.g. 水费.</source>
        <translation>尚未设立按抄表收费的项目：请管理处经理在“收费项目”中添加（计费方式选“按抄表读数”），例如 水费。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>the unit&apos;s last reading</source>
        <translation>该户上次读数</translation>
    </message>
    <message>
        <source>last reading %1 (%2)</source>
        <translation>上次读数 %1（%2）</translation>
    </message>
    <message>
        <source>first reading: write the previous one</source>
        <translation>第一次录入：请填写上期读数</translation>
    </message>
    <message>
        <source>Write the reading as the meter shows it, with at most two decimals.</source>
        <translation>请按表上显示填写读数，最多两位小数。</translation>
    </message>
    <message>
        <source>Choose the meter reader&apos;s sheet</source>
        <translation>选择抄表员的表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix them in the sheet and choose it again. Nothing is written.</source>
        <translation>
            <numerusform>%n 个问题：请在表格中改正后重新选择。未写入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s), use %1 in all; nothing written yet.</source>
        <translation>
            <numerusform>%n 条读数，合计用量 %1；尚未写入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 条读数。</numerusform>
        </translation>
    </message>
    <message>
        <source>corrects %1, recorded by %2</source>
        <translation>更正 %1（%2 录入）</translation>
    </message>
    <message numerus="yes">
        <source>%n of them correct a reading recorded already (in the list above).</source>
        <translation>
            <numerusform>其中 %n 条更正已登记的读数（见上方列表）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was imported. Choose the sheet again to see the month as it is now.</source>
        <translation>
            <numerusform>%n 个问题：未导入任何读数。请重新选择抄表单，查看本月现在的情况。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::MorningReviewPage</name>
    <message>
        <source>&amp;Start today&apos;s review</source>
        <translation>开始今天的审阅(&amp;S)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>审阅意见</translation>
    </message>
    <message>
        <source>&amp;Mark read</source>
        <translation>标为已阅(&amp;M)</translation>
    </message>
    <message>
        <source>To chase</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;Complete review</source>
        <translation>完成审阅(&amp;C)</translation>
    </message>
    <message>
        <source>Morning review</source>
        <translation>晨间审阅</translation>
    </message>
    <message>
        <source>Only a supervisor or manager reviews the previous shifts&apos; records. Your role cannot start or read the morning review.</source>
        <translation>只有客服主管或管理处经理可以审阅前几班的记录。您的角色不能开始或查看晨间审阅。</translation>
    </message>
    <message>
        <source>Records to read</source>
        <translation>待阅记录</translation>
    </message>
    <message>
        <source>Enter: write a comment on the selected record</source>
        <translation>Enter：为所选记录填写审阅意见</translation>
    </message>
    <message>
        <source>Optional: what you noted on the selected record; Enter marks it read</source>
        <translation>选填：您对所选记录的意见；按 Enter 即标为已阅</translation>
    </message>
    <message>
        <source>The previous shifts&apos; handover sheets and night calls wait for today&apos;s review.</source>
        <translation>前几班的工作移交表和夜间来电等待今天审阅。</translation>
    </message>
    <message>
        <source>The previous shifts have been reviewed. The next review is due when shift A starts.</source>
        <translation>前几班的记录已审阅完毕。下次审阅在 A 班开始时进行。</translation>
    </message>
    <message>
        <source>Review completed at %1.</source>
        <translation>审阅已于 %1 完成。</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>%1 已阅</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未阅</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>已阅 %1 / %2</translation>
    </message>
    <message>
        <source>No handover sheet or night call in this stretch.</source>
        <translation>这段时间内没有工作移交表或夜间来电。</translation>
    </message>
    <message numerus="yes">
        <source>To chase (%n)</source>
        <translation>
            <numerusform>待跟进（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>未办结工单</translation>
    </message>
    <message>
        <source>Disputed handover line</source>
        <translation>有异议的移交事项</translation>
    </message>
    <message>
        <source>Night call not entered</source>
        <translation>夜间来电未补单</translation>
    </message>
    <message>
        <source>Nothing unfinished was found.</source>
        <translation>未发现未完成的事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) still unread.</source>
        <translation>
            <numerusform>还有 %n 份记录未阅。</numerusform>
        </translation>
    </message>
    <message>
        <source>Comme&amp;nt</source>
        <translation>审阅意见(&amp;N)</translation>
    </message>
    <message>
        <source>Mark read again to save yours in its place.</source>
        <translation>再按一次“标为已阅”即以您的意见替换。</translation>
    </message>
</context>
<context>
    <name>fd::MoveDetailWidget</name>
    <message>
        <source>Owner&apos;s archive…</source>
        <translation>业主档案…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>No&amp;te or reason</source>
        <translation>备注或原因(&amp;T)</translation>
    </message>
    <message>
        <source>What was done, or why it does not apply</source>
        <translation>办理情况，或不适用的原因</translation>
    </message>
    <message>
        <source>D&amp;ay</source>
        <translation>日期(&amp;A)</translation>
    </message>
    <message>
        <source>Cargo lift</source>
        <translation>货梯</translation>
    </message>
    <message>
        <source>&amp;Book the cargo lift</source>
        <translation>预约货梯(&amp;B)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>钥匙(&amp;K)</translation>
    </message>
    <message>
        <source>door</source>
        <translation>门钥匙</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>信箱钥匙</translation>
    </message>
    <message>
        <source>access card</source>
        <translation>门禁卡</translation>
    </message>
    <message>
        <source>parking card</source>
        <translation>停车卡</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Signat&amp;ure</source>
        <translation>签名(&amp;U)</translation>
    </message>
    <message>
        <source>Schedule for the da&amp;y</source>
        <translation>计划于该日(&amp;Y)</translation>
    </message>
    <message>
        <source>Not appli&amp;cable</source>
        <translation>不适用(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Defects found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>房间(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. 主卧</source>
        <translation>例如 主卧</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>部位(&amp;I)</translation>
    </message>
    <message>
        <source>e.g. 窗户</source>
        <translation>例如 窗户</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>问题描述(&amp;P)</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>出了什么问题</translation>
    </message>
    <message>
        <source>P&amp;hoto file</source>
        <translation>照片文件(&amp;H)</translation>
    </message>
    <message>
        <source>Optional: a picture or PDF</source>
        <translation>可选：图片或 PDF</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>选择(&amp;S)…</translation>
    </message>
    <message>
        <source>Co&amp;mpensation</source>
        <translation>赔偿金额(&amp;M)</translation>
    </message>
    <message>
        <source>Yuan; empty: repaired through a ticket</source>
        <translation>元；不填则通过报修工单维修</translation>
    </message>
    <message>
        <source>Rec&amp;ord the defect</source>
        <translation>登记问题(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Why it will not happen</source>
        <translation>取消原因(&amp;W)</translation>
    </message>
    <message>
        <source>Only to cancel the move</source>
        <translation>仅在取消办理时填写</translation>
    </message>
    <message>
        <source>Cancel the move</source>
        <translation>取消办理</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Repair or charge</source>
        <translation>维修或收费</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <translation>%1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>%1 · day agreed %2 · %3 · opened %4 by %5</source>
        <translation>%1 · 约定日期 %2 · %3 · %5 于 %4 开始办理</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source> · defects still open: %1 of %2</source>
        <translation> · 尚未修好的问题：%1 / %2</translation>
    </message>
    <message>
        <source> · cancelled: %1</source>
        <translation> · 已取消：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1（处理中）</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1（已关闭）</translation>
    </message>
    <message>
        <source>charged %1</source>
        <translation>已收费 %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Owed now: %1.</source>
        <translation>当前欠费：%1。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%2 × %1</translation>
    </message>
    <message>
        <source>The unit&apos;s record holds no keys.</source>
        <translation>该房号的钥匙记录中没有钥匙。</translation>
    </message>
    <message>
        <source>Handed over and held: %1.</source>
        <translation>已移交且未交回：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This step always applies.</source>
        <translation>这一步必须办理。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, more than zero, with at most two decimals.</source>
        <translation>请以元为单位填写金额，须大于零，最多两位小数。</translation>
    </message>
    <message>
        <source>A photo of the defect</source>
        <translation>问题的照片</translation>
    </message>
    <message>
        <source>Pictures and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</source>
        <translation>图片和 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>“%1” was recorded on another desk meanwhile; what is typed here was for it.</source>
        <translation>“%1”已在另一台工作站登记；这里填写的内容是针对该步骤的。</translation>
    </message>
</context>
<context>
    <name>fd::MovePlanWidget</name>
    <message>
        <source>A move copies these steps when it opens; the ones ticked are used, in this order. A move-in checks that the documents ticked are in the owner&apos;s archive.</source>
        <translation>每件入伙或迁出开始办理时按此复制步骤：使用勾选的步骤，按此顺序办理。入伙时核验勾选的证件是否已登记在业主档案中。</translation>
    </message>
    <message>
        <source>Move-&amp;in steps</source>
        <translation>入伙步骤(&amp;I)</translation>
    </message>
    <message>
        <source>Move-o&amp;ut steps</source>
        <translation>迁出步骤(&amp;U)</translation>
    </message>
    <message>
        <source>Earlie&amp;r</source>
        <translation>上移(&amp;R)</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>下移(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Owner&apos;s documents</source>
        <translation>业主需出示的证件(&amp;O)</translation>
    </message>
    <message>
        <source>Tenant&apos;s &amp;documents</source>
        <translation>租户需出示的证件(&amp;D)</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>返回(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Save the site&apos;s steps</source>
        <translation>保存站点步骤(&amp;S)</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Always a step: it cannot be left out.</source>
        <translation>必须办理的步骤，不能去掉。</translation>
    </message>
    <message>
        <source>Your lists here are kept: Save again to put them in force, or Back to leave theirs.</source>
        <translation>您在此处的清单已保留：再次保存即以您的为准，或按“返回”保留对方的。</translation>
    </message>
</context>
<context>
    <name>fd::MovesPage</name>
    <message>
        <source>Show &amp;ended moves</source>
        <translation>显示已结束的(&amp;E)</translation>
    </message>
    <message>
        <source>Site&apos;s steps…</source>
        <translation>站点步骤设置…</translation>
    </message>
    <message>
        <source>&amp;New move…</source>
        <translation>新建入伙/迁出(&amp;N)…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>约定日期</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>待办步骤</translation>
    </message>
    <message>
        <source>%1–%2 %3 (%4)</source>
        <translation>%1–%2 %3（%4）</translation>
    </message>
    <message>
        <source>Cargo lift today: not booked.</source>
        <translation>今日货梯：无预约。</translation>
    </message>
    <message>
        <source>Cargo lift today: %1</source>
        <translation>今日货梯：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>fd::NavigationPanel</name>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1，%n 项待办</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::NewAccountForm</name>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>创建账号(&amp;C)</translation>
    </message>
    <message>
        <source>Sign-in &amp;name</source>
        <translation>登录名(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. zhang.wei</source>
        <translation>如：zhang.wei</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>初始密码(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Full na&amp;me</source>
        <translation>姓名(&amp;M)</translation>
    </message>
</context>
<context>
    <name>fd::NewMoveForm</name>
    <message>
        <source>A new move-in or move-out</source>
        <translation>新建入伙或迁出</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Who moves</source>
        <translation>办理人(&amp;W)</translation>
    </message>
    <message>
        <source>New resident&apos;s na&amp;me</source>
        <translation>新住户姓名(&amp;M)</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>与身份证一致</translation>
    </message>
    <message>
        <source>Owner or &amp;tenant</source>
        <translation>业主或租户(&amp;T)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>e.g. 13812345678</source>
        <translation>例如 13812345678</translation>
    </message>
    <message>
        <source>&amp;Day agreed</source>
        <translation>约定日期(&amp;D)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>What the next clerk should know</source>
        <translation>需要告知下一位客户助理的事项</translation>
    </message>
    <message>
        <source>Ba&amp;ck</source>
        <translation>返回(&amp;C)</translation>
    </message>
    <message>
        <source>O&amp;pen the move</source>
        <translation>开始办理(&amp;P)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>%1 (tenant)</source>
        <translation>%1（租户）</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1（业主）</translation>
    </message>
    <message>
        <source>Someone new (enter below)</source>
        <translation>新住户（在下方填写）</translation>
    </message>
</context>
<context>
    <name>fd::NewRenovationForm</name>
    <message>
        <source>Renovation application</source>
        <translation>装修申请</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>业主(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Decoration company</source>
        <translation>装修公司(&amp;D)</translation>
    </message>
    <message>
        <source>Business licen&amp;ce no.</source>
        <translation>营业执照号(&amp;C)</translation>
    </message>
    <message>
        <source>Person in c&amp;harge</source>
        <translation>负责人(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 13812345678</source>
        <translation>如 13812345678</translation>
    </message>
    <message>
        <source>Scope of the wor&amp;k</source>
        <translation>施工范围(&amp;K)</translation>
    </message>
    <message>
        <source>Desc&amp;ription</source>
        <translation>施工内容(&amp;R)</translation>
    </message>
    <message>
        <source>What is done, room by room</source>
        <translation>按房间写明施工内容</translation>
    </message>
    <message>
        <source>Work s&amp;tarts</source>
        <translation>开工日期(&amp;T)</translation>
    </message>
    <message>
        <source>Work ends b&amp;y</source>
        <translation>完工日期(&amp;Y)</translation>
    </message>
    <message>
        <source>Dr&amp;awings</source>
        <translation>施工图纸(&amp;A)</translation>
    </message>
    <message>
        <source>Add a drawing…</source>
        <translation>添加图纸…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Sub&amp;mit for review</source>
        <translation>提交审核(&amp;M)</translation>
    </message>
    <message>
        <source>Round %1 of %2, after: %3</source>
        <translation>%2 第 %1 轮申请，针对退回意见：%3</translation>
    </message>
    <message>
        <source>Sub&amp;mit the new round</source>
        <translation>重新提交(&amp;M)</translation>
    </message>
    <message>
        <source>Set when the renovation was applied for.</source>
        <translation>首次申请时已填写，不能更改。</translation>
    </message>
    <message>
        <source>Choose a drawing</source>
        <translation>选择图纸</translation>
    </message>
    <message>
        <source>PDF and pictures (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>PDF 和图片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Its name, e.g. 美居装饰有限公司</source>
        <translation>公司名称，如 美居装饰有限公司</translation>
    </message>
    <message>
        <source>The unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>fd::NightCallDialog</name>
    <message>
        <source>Dispatch directly</source>
        <translation>直接派工</translation>
    </message>
    <message>
        <source>Record return</source>
        <translation>登记完工</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. Engineering</source>
        <translation>如：工程部</translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation>处理人员(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>处理结果(&amp;W)</translation>
    </message>
    <message>
        <source>What %1 did, e.g. replaced the pipe</source>
        <translation>%1 做了哪些处理，如：更换了水管</translation>
    </message>
    <message>
        <source>&amp;Save return</source>
        <translation>保存完工记录(&amp;S)</translation>
    </message>
    <message>
        <source>Dispatc&amp;h</source>
        <translation>派工(&amp;H)</translation>
    </message>
</context>
<context>
    <name>fd::NightCallForm</name>
    <message>
        <source>Record a call</source>
        <translation>登记来电</translation>
    </message>
    <message>
        <source>&amp;Record call</source>
        <translation>登记来电(&amp;R)</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;phone</source>
        <translation>来电号码(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 13812345678</source>
        <translation>如：13812345678</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <source>3-1-502 or 31502</source>
        <translation>3-1-502 或 31502</translation>
    </message>
    <message>
        <source>Leave empty when the call is about no unit</source>
        <translation>来电与具体房号无关时留空</translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation>来电内容(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. water pipe burst in the bathroom</source>
        <translation>如：卫生间水管爆裂</translation>
    </message>
    <message>
        <source>There is no unit %1 in the registry. Write it like 3-1-502.</source>
        <translation>住户登记中没有房号 %1。请按 3-1-502 的格式填写。</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;name</source>
        <translation>来电人姓名(&amp;N)</translation>
    </message>
</context>
<context>
    <name>fd::OneOffChargeDialog</name>
    <message>
        <source>Special service or other one-off charge</source>
        <translation>特约服务或其他一次性收费</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>收费项目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;What for</source>
        <translation>收费内容(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. 更换水龙头, 配门禁卡</source>
        <translation>例如 更换水龙头、配门禁卡</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. 150 or 35.50</source>
        <translation>例如 150 或 35.50</translation>
    </message>
    <message>
        <source>&amp;Paid now at the counter (due today)</source>
        <translation>现在在收款台付清（今天到期）(&amp;P)</translation>
    </message>
    <message>
        <source>A charge for unit %1 with its own amount. It goes on the unit&apos;s bills at once; finance checks it like any billing run.</source>
        <translation>为 %1 记一笔单独金额的收费。确认后立即记入该户账单，和其他计费一样须经财务审核。</translation>
    </message>
    <message>
        <source>No item is charged one at a time yet: a manager sets one up under Charge items (basis: one charge at a time).</source>
        <translation>尚未设立逐笔收费的项目：请管理处经理在“收费项目”中添加（计费方式选“逐笔收费”）。</translation>
    </message>
    <message>
        <source>&amp;Bill it</source>
        <translation>计费(&amp;B)</translation>
    </message>
    <message>
        <source>Due on %1.</source>
        <translation>%1 到期。</translation>
    </message>
    <message>
        <source>Write the amount in yuan with at most two decimals, e.g. 35.50.</source>
        <translation>请以元为单位填写金额，最多两位小数，例如 35.50。</translation>
    </message>
    <message>
        <source>%1 (deposit, held)</source>
        <translation>%1（押金，代为保管）</translation>
    </message>
</context>
<context>
    <name>fd::OpeningBalanceDialog</name>
    <message>
        <source>Import opening balances</source>
        <translation>导入期初欠费</translation>
    </message>
    <message>
        <source>A CSV file from the old system, one row per amount owed: unit (房号), charge item (收费项目, its code or name), month (所属期间, e.g. 2026-10) and amount owed in yuan (欠费金额); a note (备注) may follow. UTF-8 or GBK. Nothing is written unless every row is right.</source>
        <translation>旧系统导出的 CSV 文件，每行一笔欠费：房号、收费项目（代码或名称）、所属期间（如 2026-10）和欠费金额（元），可另加备注。UTF-8 或 GBK 编码均可。只有每一行都正确才会写入。</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the opening balances</source>
        <translation>选择期初欠费文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix them in the file and choose it again. Nothing is written.</source>
        <translation>
            <numerusform>%n 处问题：请在文件中改正后重新选择。未写入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) owed by %1 unit(s) over %2 month(s), total %3</source>
        <translation>
            <numerusform>%1 户共 %n 笔欠费，涉及 %2 个月，合计 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview (%1), nothing written yet: %2.</source>
        <translation>预览（%1），尚未写入：%2。</translation>
    </message>
    <message>
        <source>Imported: %1. The units are on the arrears list.</source>
        <translation>已导入：%1。这些房屋已列入欠费催缴。</translation>
    </message>
</context>
<context>
    <name>fd::ParcelBatchModel</name>
    <message>
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>破损：%1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>fd::ParcelListModel</name>
    <message>
        <source>Received %1</source>
        <translation>%1 收到</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Picked up %1 by %2</source>
        <translation>%2 已于 %1 领取</translation>
    </message>
    <message>
        <source>Not yet told</source>
        <translation>未通知</translation>
    </message>
    <message>
        <source>Told %1 (%2 times)</source>
        <translation>已通知 %1（%2 次）</translation>
    </message>
    <message>
        <source>Told %1</source>
        <translation>已通知 %1</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>破损：%1</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待领时长</translation>
    </message>
    <message>
        <source>Resident told</source>
        <translation>通知住户</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
</context>
<context>
    <name>fd::ParcelReceiveWidget</name>
    <message>
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>Save batch</source>
        <translation>保存本批次</translation>
    </message>
    <message>
        <source>Who brought it</source>
        <translation>送件人或快递公司</translation>
    </message>
    <message>
        <source>&amp;Courier</source>
        <translation>快递公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <source>Scan or type (optional)</source>
        <translation>扫描或输入（选填）</translation>
    </message>
    <message>
        <source>&amp;Pieces</source>
        <translation>件数(&amp;P)</translation>
    </message>
    <message>
        <source>What is damaged (torn, wet, crushed…)</source>
        <translation>破损情况（如破裂、受潮、压扁等）</translation>
    </message>
    <message>
        <source>&amp;Add to batch</source>
        <translation>加入本批次(&amp;A)</translation>
    </message>
    <message>
        <source>Con&amp;dition</source>
        <translation>状况(&amp;D)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>Choose the unit the piece is for.</source>
        <translation>请选择该件所属房号。</translation>
    </message>
    <message>
        <source>Describe the damage.</source>
        <translation>请描述破损情况。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n piece(s) from %1.</source>
        <translation>
            <numerusform>已保存：%1 送来的 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This batch: %n piece(s)</source>
        <translation>
            <numerusform>本批次：%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ParcelsPage</name>
    <message>
        <source>&amp;Receive a batch</source>
        <translation>批量接收(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Waiting parcels</source>
        <translation>待领快递(&amp;W)</translation>
    </message>
    <message>
        <source>Not yet told</source>
        <translation>未通知</translation>
    </message>
    <message>
        <source>All waiting</source>
        <translation>全部待领</translation>
    </message>
    <message>
        <source>Including picked up</source>
        <translation>含已领取</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Note (where the slip was left…)</source>
        <translation>备注（通知单留在何处…）</translation>
    </message>
    <message>
        <source>&amp;Told</source>
        <translation>已通知(&amp;T)</translation>
    </message>
    <message>
        <source>Told, whole &amp;unit</source>
        <translation>整户已通知(&amp;U)</translation>
    </message>
    <message>
        <source>Resident told by</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Who picks up</source>
        <translation>领取人信息</translation>
    </message>
    <message>
        <source>&amp;Collector</source>
        <translation>领取人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>确认领取(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) waiting</source>
        <translation>
            <numerusform>%n 件快递待领取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet told</source>
        <translation>
            <numerusform>%n 件未通知</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Waiting parcels (%1)</source>
        <translation>待领快递（%1）(&amp;W)</translation>
    </message>
    <message>
        <source>Choose the parcels being picked up in the list (Ctrl+click for several).</source>
        <translation>请在列表中选择要领取的快递（按住 Ctrl 单击可多选）。</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) for %1</source>
        <translation>
            <numerusform>%1 共 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed over: %n parcel(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 件快递交给 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::PendingCallsPanel</name>
    <message>
        <source>Night calls to enter (补单)</source>
        <translation>待补单的夜间来电</translation>
    </message>
    <message>
        <source>&amp;Enter as ticket</source>
        <translation>补单(&amp;E)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>来电内容</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>Opens a retroactive ticket with the call&apos;s real times</source>
        <translation>按来电的实际时间补录一张工单</translation>
    </message>
    <message>
        <source>No night call waits to be entered.</source>
        <translation>没有待补单的夜间来电。</translation>
    </message>
    <message numerus="yes">
        <source>Night calls to enter (补单): %n</source>
        <translation>
            <numerusform>待补单的夜间来电：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered as ticket %1, retroactive, at the call&apos;s real times.</source>
        <translation>已按来电的实际时间补单，工单号 %1。</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>报修类别(&amp;C)</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水路</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电路</translation>
    </message>
    <message>
        <source>Doors and locks</source>
        <translation>门窗锁具</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>电梯</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <source>Walls and ceilings</source>
        <translation>墙面/天花</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>fd::QueuePage</name>
    <message>
        <source>Work queues</source>
        <translation>待办工作</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Enter: open the ticket · F: record a follow-up</source>
        <translation>Enter：打开工单 · F：记录一次跟催</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>&amp;My open work (%1)</source>
        <translation>我的待办(&amp;M)（%1）</translation>
    </message>
    <message>
        <source>&amp;Overdue (%1)</source>
        <translation>已超时(&amp;O)（%1）</translation>
    </message>
    <message>
        <source>Due &amp;within an hour (%1)</source>
        <translation>一小时内到期(&amp;W)（%1）</translation>
    </message>
    <message>
        <source>You have no open work</source>
        <translation>您没有待办工作</translation>
    </message>
    <message>
        <source>You have no open work in %1</source>
        <translation>您在%1没有待办工作</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>没有超时事项</translation>
    </message>
    <message>
        <source>Nothing overdue in %1</source>
        <translation>%1没有超时事项</translation>
    </message>
    <message>
        <source>Nothing due within the hour</source>
        <translation>一小时内没有到期事项</translation>
    </message>
    <message>
        <source>Nothing due within the hour in %1</source>
        <translation>%1一小时内没有到期事项</translation>
    </message>
    <message>
        <source>The queue could not be read.</source>
        <translation>无法读取待办列表。</translation>
    </message>
    <message>
        <source>%1 has no follow-up due next; F records follow-ups only.</source>
        <translation>%1 接下来没有到期的跟催；F 键只用于记录跟催。</translation>
    </message>
    <message>
        <source>Follow-up recorded for %1; the next is due %2.</source>
        <translation>已记录 %1 的跟催，下次跟催时间 %2。</translation>
    </message>
    <message>
        <source>Follow-up recorded for %1.</source>
        <translation>已记录 %1 的跟催。</translation>
    </message>
    <message>
        <source>Due &amp;within %1 min (%2)</source>
        <translation>%1 分钟内到期(&amp;W)（%2）</translation>
    </message>
    <message>
        <source>Nothing due within %1 min</source>
        <translation>%1 分钟内没有到期事项</translation>
    </message>
    <message>
        <source>Nothing due within %1 min in %2</source>
        <translation>%2 %1 分钟内没有到期事项</translation>
    </message>
</context>
<context>
    <name>fd::QueueTableModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Forward or answer</source>
        <translation>转派/答复</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟催</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Definite reply</source>
        <translation>明确答复</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>%1 overdue by %2</source>
        <translation>%1已超时 %2</translation>
    </message>
    <message>
        <source>%1 due now</source>
        <translation>%1现已到期</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1还剩 %2</translation>
    </message>
    <message>
        <source>not dispatched</source>
        <translation>未派工</translation>
    </message>
    <message>
        <source>%1 — %2
Status: %3
Person: %4
Department: %5</source>
        <translation>%1 — %2
状态：%3
联系人：%4
部门：%5</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（到期时间 %2）</translation>
    </message>
    <message>
        <source>F: record a follow-up</source>
        <translation>F：记录一次跟催</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit and person</source>
        <translation>房号 / 联系人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>%1 — %2
%3 at %4
Enter: open it</source>
        <translation>%1 — %2
%3（%4）
按 Enter 打开</translation>
    </message>
</context>
<context>
    <name>fd::RegistryPage</name>
    <message>
        <source>&amp;Import units…</source>
        <translation>导入房屋(&amp;I)…</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>住户登记</translation>
    </message>
    <message>
        <source>Unit (3-1-502 or 31502), a resident&apos;s name, or a phone&apos;s last 4 digits</source>
        <translation>房号（3-1-502 或 31502）、住户姓名或电话后 4 位</translation>
    </message>
    <message>
        <source>Check a CSV list of units and residents, then import it</source>
        <translation>检查 CSV 格式的房屋住户清单，然后导入</translation>
    </message>
    <message>
        <source>No unit found</source>
        <translation>未找到房屋</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>共 %n 套</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ units</source>
        <translation>
            <numerusform>%n 套以上</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>备注未保存</translation>
    </message>
    <message>
        <source>Save the notes you typed for this unit before leaving it?</source>
        <translation>离开前是否保存您为该房号输入的备注？</translation>
    </message>
</context>
<context>
    <name>fd::ReminderController</name>
    <message>
        <source>escalated to %1</source>
        <translation>已升级至%1</translation>
    </message>
    <message>
        <source>%1 — %2
Status: %3
Unit: %4 %5
Department: %6
Due since %7
%8</source>
        <translation>%1 — %2
状态：%3
房号：%4 %5
部门：%6
到期时间：%7
%8</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Follow-up recorded for %1; the next is due %2.</source>
        <translation>已记录 %1 的跟催，下次跟催时间 %2。</translation>
    </message>
    <message>
        <source>FrontDesk reminders</source>
        <translation>FrontDesk 提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n 条提醒到期</numerusform>
        </translation>
    </message>
    <message>
        <source>missed since %1</source>
        <translation>%1 起未跟催</translation>
    </message>
    <message>
        <source>%1
%2
Due since %3</source>
        <translation>%1
%2
已于 %3 到期</translation>
    </message>
    <message>
        <source>missed %1 follow-ups, latest %2 (first %3)</source>
        <translation>已错过 %1 次跟催，最近一次 %2（首次 %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n more reminder(s)</source>
        <translation>
            <numerusform>另有 %n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>All of them are in the queues (Ctrl+J): overdue first.</source>
        <translation>全部提醒见工作队列（Ctrl+J）：逾期的在前。</translation>
    </message>
</context>
<context>
    <name>fd::ReminderPanel</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>暂无提醒</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>到期：%1</translation>
    </message>
    <message>
        <source>F: record a follow-up</source>
        <translation>F：记录一次跟催</translation>
    </message>
    <message>
        <source>Reminders (%1)</source>
        <translation>提醒 (%1)</translation>
    </message>
</context>
<context>
    <name>fd::RenovationAcceptanceTab</name>
    <message>
        <source>Acceptance</source>
        <translation>竣工验收</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>验收申请(&amp;Q)</translation>
    </message>
    <message>
        <source>What the owner asks, optional</source>
        <translation>业主的申请说明（可不填）</translation>
    </message>
    <message>
        <source>As&amp;k for acceptance</source>
        <translation>申请验收(&amp;K)</translation>
    </message>
    <message>
        <source>Re&amp;ctification</source>
        <translation>整改要求(&amp;C)</translation>
    </message>
    <message>
        <source>What to put right, when it fails</source>
        <translation>验收不合格时写明整改内容</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>P&amp;ass</source>
        <translation>合格(&amp;A)</translation>
    </message>
    <message>
        <source>Damages deducted from the deposit</source>
        <translation>从押金中扣除的损坏赔偿</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>金额(&amp;M)</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>&amp;Damage</source>
        <translation>损坏情况(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. 电梯轿厢划伤</source>
        <translation>如 电梯轿厢划伤</translation>
    </message>
    <message>
        <source>Deduc&amp;t</source>
        <translation>扣款(&amp;T)</translation>
    </message>
    <message>
        <source>Refund of the deposit</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <source>Amo&amp;unt</source>
        <translation>退款金额(&amp;U)</translation>
    </message>
    <message>
        <source>Paid &amp;by</source>
        <translation>退款方式(&amp;B)</translation>
    </message>
    <message>
        <source>Card or transfer n&amp;o.</source>
        <translation>转账或刷卡交易号(&amp;O)</translation>
    </message>
    <message>
        <source>Transfer or card number</source>
        <translation>转账或刷卡的交易号</translation>
    </message>
    <message>
        <source>Pa&amp;yee</source>
        <translation>领款人(&amp;Y)</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>领取退款的人</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>打印退款凭证(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>退款(&amp;R)</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>To put right</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>损坏情况</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>领款人</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收费员</translation>
    </message>
    <message>
        <source>Accepted %1. The deposit holds %2; its refund is due %3.</source>
        <translation>%1 验收合格。押金余额 %2，应于 %3 退还。</translation>
    </message>
    <message>
        <source>The deposit holds %1; it is refunded after the acceptance.</source>
        <translation>押金余额 %1，验收合格后退还。</translation>
    </message>
    <message>
        <source>Nobody has asked for acceptance yet.</source>
        <translation>尚未申请验收。</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>%1 到期。</translation>
    </message>
    <message>
        <source>No refund paid yet.</source>
        <translation>尚未退款。</translation>
    </message>
    <message>
        <source>Write the amount in yuan, e.g. 300 or 120.50.</source>
        <translation>请以元为单位填写金额，如 300 或 120.50。</translation>
    </message>
    <message>
        <source>Write the amount in yuan, e.g. 5000 or 4700.00.</source>
        <translation>请以元为单位填写金额，如 5000 或 4700.00。</translation>
    </message>
</context>
<context>
    <name>fd::RenovationApplicationTab</name>
    <message>
        <source>Review by engineering</source>
        <translation>工程部审核</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>审核意见(&amp;M)</translation>
    </message>
    <message>
        <source>What to change, or the conditions of the approval</source>
        <translation>退回时写明修改要求，批准时可写附加条件</translation>
    </message>
    <message>
        <source>Res&amp;ubmit…</source>
        <translation>重新提交(&amp;U)…</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>退回(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Renovation agreement</source>
        <translation>装修管理协议</translation>
    </message>
    <message>
        <source>&amp;Owner&apos;s signature</source>
        <translation>业主签字(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;can of the agreement</source>
        <translation>协议扫描件(&amp;C)</translation>
    </message>
    <message>
        <source>Optional: a PDF or a picture</source>
        <translation>可选：PDF 或图片</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Ag&amp;reement signed</source>
        <translation>协议已签(&amp;R)</translation>
    </message>
    <message>
        <source>Deposit and decoration-waste fee</source>
        <translation>装修押金与装修垃圾清运费</translation>
    </message>
    <message>
        <source>&amp;Deposit</source>
        <translation>押金(&amp;D)</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Was&amp;te fee</source>
        <translation>垃圾清运费(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;harge both</source>
        <translation>一并收取(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Plan of the work</source>
        <translation>施工安排(&amp;P)</translation>
    </message>
    <message>
        <source>Phases and days, as agreed</source>
        <translation>按约定写明各阶段及日期</translation>
    </message>
    <message>
        <source>Start the wor&amp;k</source>
        <translation>开始施工(&amp;K)</translation>
    </message>
    <message>
        <source>Wh&amp;y withdrawn</source>
        <translation>撤销原因(&amp;Y)</translation>
    </message>
    <message>
        <source>Only to withdraw the application</source>
        <translation>仅在撤销申请时填写</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤销申请</translation>
    </message>
    <message>
        <source>Choose the agreement&apos;s scan</source>
        <translation>选择协议扫描件</translation>
    </message>
    <message>
        <source>PDF and pictures (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>PDF 和图片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n drawing(s)</source>
        <translation>
            <numerusform>%n 份图纸</numerusform>
        </translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>施工范围</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>工期</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>图纸</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Renovation agreement: signed</source>
        <translation>装修管理协议：已签</translation>
    </message>
    <message>
        <source>Charged already.</source>
        <translation>已经收取。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已交</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>已扣</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Write each amount in yuan, e.g. 5000 or 800.00.</source>
        <translation>请以元为单位填写两项金额，如 5000 或 800.00。</translation>
    </message>
    <message>
        <source>%1 (taken back)</source>
        <translation>%1（已冲销）</translation>
    </message>
</context>
<context>
    <name>fd::RenovationDetailWidget</name>
    <message>
        <source>Application and deposit</source>
        <translation>申请与押金</translation>
    </message>
    <message>
        <source>Workers and passes</source>
        <translation>施工人员与出入证</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Acceptance and refund</source>
        <translation>验收与退押金</translation>
    </message>
    <message>
        <source>%1 (licence %2), %3 %4. Work %5 to %6.</source>
        <translation>%1（执照 %2），负责人 %3 %4。工期 %5 至 %6。</translation>
    </message>
    <message>
        <source>Plan: %1.</source>
        <translation>施工安排：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to put right.</source>
        <translation>
            <numerusform>%n 个问题待整改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn: %1.</source>
        <translation>已撤销：%1。</translation>
    </message>
</context>
<context>
    <name>fd::RenovationInspectionsTab</name>
    <message>
        <source>Inspections</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>巡查日期(&amp;Y)</translation>
    </message>
    <message>
        <source>Dep&amp;artment</source>
        <translation>部门(&amp;A)</translation>
    </message>
    <message>
        <source>Inspec&amp;tor</source>
        <translation>巡查人(&amp;T)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>What was f&amp;ound</source>
        <translation>巡查情况(&amp;O)</translation>
    </message>
    <message>
        <source>All in order, or what is wrong</source>
        <translation>一切正常，或写明问题</translation>
    </message>
    <message>
        <source>A &amp;problem to put right</source>
        <translation>发现问题须整改(&amp;P)</translation>
    </message>
    <message>
        <source>Owner told &amp;how</source>
        <translation>告知业主方式(&amp;H)</translation>
    </message>
    <message>
        <source>e.g. 电话告知业主</source>
        <translation>如 电话告知业主</translation>
    </message>
    <message>
        <source>Put right &amp;by</source>
        <translation>整改期限(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Record the inspection</source>
        <translation>登记巡查(&amp;R)</translation>
    </message>
    <message>
        <source>How it was p&amp;ut right</source>
        <translation>整改情况(&amp;U)</translation>
    </message>
    <message>
        <source>The selected problem, checked by whom</source>
        <translation>所选问题的整改情况及复查人</translation>
    </message>
    <message>
        <source>Put right</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Extensions of the end</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>New en&amp;d</source>
        <translation>新完工日期(&amp;D)</translation>
    </message>
    <message>
        <source>Reason to e&amp;xtend</source>
        <translation>延期原因(&amp;X)</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>put right %1: %2</source>
        <translation>%1 已整改：%2</translation>
    </message>
    <message>
        <source>to put right by %1 (told: %2)</source>
        <translation>须于 %1 前整改（已告知：%2）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>巡查情况</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Was to end</source>
        <translation>原完工日期</translation>
    </message>
    <message>
        <source>Now ends</source>
        <translation>新完工日期</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>No problem is waiting to be put right.</source>
        <translation>没有待整改的问题。</translation>
    </message>
</context>
<context>
    <name>fd::RenovationScopeWidget</name>
    <message>
        <source>Each item of work an application can list, and what it needs: allowed, engineering&apos;s approval, or forbidden (never approved).</source>
        <translation>装修申请可选的施工项目及审批要求：允许、须工程部审批，或禁止（不予批准）。</translation>
    </message>
    <message>
        <source>New i&amp;tem</source>
        <translation>新项目(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. 阳台封窗</source>
        <translation>如 阳台封窗</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>施工项目</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>审批要求</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>fd::RenovationTab</name>
    <message>
        <source>Not at this stage (%1).</source>
        <translation>当前阶段不能办理（%1）。</translation>
    </message>
</context>
<context>
    <name>fd::RenovationWorkersTab</name>
    <message>
        <source>Workers on the roster</source>
        <translation>施工人员名单</translation>
    </message>
    <message>
        <source>Wor&amp;ker</source>
        <translation>姓名(&amp;K)</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>与身份证一致</translation>
    </message>
    <message>
        <source>I&amp;D number</source>
        <translation>身份证号(&amp;D)</translation>
    </message>
    <message>
        <source>Kept masked</source>
        <translation>只保存部分号码</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>T&amp;rade</source>
        <translation>工种(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. 水电工</source>
        <translation>如 水电工</translation>
    </message>
    <message>
        <source>&amp;Add to the roster</source>
        <translation>加入名单(&amp;A)</translation>
    </message>
    <message>
        <source>Reason to re&amp;move</source>
        <translation>离场原因(&amp;M)</translation>
    </message>
    <message>
        <source>The selected worker leaves</source>
        <translation>所选人员离场</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>离场</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>出入证</translation>
    </message>
    <message>
        <source>Valid fr&amp;om</source>
        <translation>有效期自(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>至(&amp;U)</translation>
    </message>
    <message>
        <source>Issue &amp;the pass</source>
        <translation>办理出入证(&amp;T)</translation>
    </message>
    <message>
        <source>Print t&amp;he pass</source>
        <translation>打印出入证(&amp;H)</translation>
    </message>
    <message>
        <source>Wh&amp;y voided</source>
        <translation>作废原因(&amp;Y)</translation>
    </message>
    <message>
        <source>Lost, taken back</source>
        <translation>遗失、收回等</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>on the roster</source>
        <translation>在场</translation>
    </message>
    <message>
        <source>removed %1: %2</source>
        <translation>%1 离场：%2</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>void: %1</source>
        <translation>作废：%1</translation>
    </message>
    <message>
        <source>run out</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>出入证</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>No pass issued yet.</source>
        <translation>尚未办理出入证。</translation>
    </message>
</context>
<context>
    <name>fd::RenovationsPage</name>
    <message>
        <source>Worker pa&amp;ss</source>
        <translation>施工出入证(&amp;S)</translation>
    </message>
    <message>
        <source>CR-20261205-001</source>
        <translation>CR-20261205-001</translation>
    </message>
    <message>
        <source>Let &amp;in</source>
        <translation>放行(&amp;I)</translation>
    </message>
    <message>
        <source>Show &amp;ended</source>
        <translation>显示已结束(&amp;E)</translation>
    </message>
    <message>
        <source>Site&apos;s list of &amp;work…</source>
        <translation>施工项目清单(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>新装修申请(&amp;N)…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>完工日期</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>不予放行：%1</translation>
    </message>
    <message>
        <source>Let in: %1, %2 (%3), pass valid until %4.</source>
        <translation>已放行：%1，%2（%3），出入证有效期至 %4。</translation>
    </message>
    <message>
        <source>Outside the working hours (%1): recorded and flagged.</source>
        <translation>不在允许施工时间（%1）内：已登记并标注。</translation>
    </message>
    <message>
        <source>Save pass %1 as PDF</source>
        <translation>将出入证 %1 保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pass saved to %1.</source>
        <translation>出入证已保存到 %1。</translation>
    </message>
    <message>
        <source>Save refund %1 as PDF</source>
        <translation>将退款凭证 %1 保存为 PDF</translation>
    </message>
    <message>
        <source>Refund receipt saved to %1.</source>
        <translation>退款凭证已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>fd::RepairListModel</name>
    <message>
        <source> · entered later</source>
        <translation> · 补单</translation>
    </message>
    <message>
        <source> · 2nd dispatch</source>
        <translation> · 二次派工</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>报修类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>派往部门</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation>派工单号</translation>
    </message>
</context>
<context>
    <name>fd::RepairsPage</name>
    <message>
        <source>&amp;Dispatch…</source>
        <translation>派工(&amp;D)…</translation>
    </message>
    <message>
        <source>Send to a department with a numbered order (F6)</source>
        <translation>开具编号派工单，派往相关部门（F6）</translation>
    </message>
    <message>
        <source>Order &amp;back…</source>
        <translation>返单(&amp;B)…</translation>
    </message>
    <message>
        <source>The department reports the work done</source>
        <translation>登记部门回报的完工情况</translation>
    </message>
    <message>
        <source>&amp;Not satisfied…</source>
        <translation>回访不满意(&amp;N)…</translation>
    </message>
    <message>
        <source>Unsatisfied callback: dispatch again</source>
        <translation>回访不满意：二次派工</translation>
    </message>
    <message>
        <source>&amp;Print order…</source>
        <translation>打印派工单(&amp;P)…</translation>
    </message>
    <message>
        <source>The dispatch order as a PDF (A5)</source>
        <translation>将派工单生成 PDF（A5）</translation>
    </message>
    <message>
        <source>Paid services and their prices</source>
        <translation>有偿服务项目及收费标准</translation>
    </message>
    <message numerus="yes">
        <source>%n repair(s), open ones first</source>
        <translation>
            <numerusform>共 %n 条报修，未完成的排在前面</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a repair to see its dispatch order and return.</source>
        <translation>选择一条报修，即可查看其派工单和返单。</translation>
    </message>
    <message>
        <source>Order %1 to %2 %3: %4</source>
        <translation>派工单 %1 派往 %2 %3：%4</translation>
    </message>
    <message>
        <source>paid, total %1</source>
        <translation>有偿，合计 %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Back: %1 by %2, %3 min, charged %4</source>
        <translation>返单：%1，处理人员 %2，用时 %3 分钟，收费 %4</translation>
    </message>
    <message>
        <source>This repair has not been dispatched yet: there is no order to print.</source>
        <translation>该报修尚未派工，没有可打印的派工单。</translation>
    </message>
    <message>
        <source>Save dispatch order</source>
        <translation>保存派工单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Fee &amp;schedule…</source>
        <translation>收费标准(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>fd::ReportChartsWidget</name>
    <message>
        <source>Taken in by kind</source>
        <translation>受理量（按类别）</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>转派</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟催</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>On time and callbacks (%)</source>
        <translation>及时率与回访率（%）</translation>
    </message>
</context>
<context>
    <name>fd::ReportsPage</name>
    <message>
        <source>&amp;Daily</source>
        <translation>日报(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>本周(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Print / Save as PDF…</source>
        <translation>打印 / 另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>周汇报表</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>所在周(&amp;W)：</translation>
    </message>
    <message>
        <source>Show one day instead of the week</source>
        <translation>只显示一天，而不是整周</translation>
    </message>
    <message>
        <source>daily-report</source>
        <translation>日报表</translation>
    </message>
    <message>
        <source>weekly-report</source>
        <translation>周汇报表</translation>
    </message>
    <message>
        <source>Export the report to Excel</source>
        <translation>将报表导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Print the report or save it as PDF</source>
        <translation>打印报表或另存为 PDF</translation>
    </message>
    <message>
        <source>Any day of the week (%1 to %2); with Daily, the day itself</source>
        <translation>选择该周（%1至%2）中的任意一天；勾选“日报”时即显示当天</translation>
    </message>
</context>
<context>
    <name>fd::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1 (%2). Tell them in person; a locked account is unlocked too.</source>
        <translation>为 %1（%2）设置新密码。请当面告知本人；已锁定的账号也会同时解锁。</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>fd::ResidentDialog</name>
    <message>
        <source>Add a resident</source>
        <translation>添加住户</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <source>%1 moves out</source>
        <translation>%1 迁出</translation>
    </message>
    <message>
        <source>Record the move-out</source>
        <translation>登记迁出</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>fd::ResidentTableModel</name>
    <message>
        <source>%1 (moved out)</source>
        <translation>%1（已迁出）</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 (moved out %2)</source>
        <translation>%1（%2 迁出）</translation>
    </message>
</context>
<context>
    <name>fd::ReturnDialog</name>
    <message>
        <source>Order back: %1</source>
        <translation>返单：%1</translation>
    </message>
    <message>
        <source>What was done, as the technician reports it</source>
        <translation>按处理人员的反馈填写处理情况</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>处理结果(&amp;R)</translation>
    </message>
    <message>
        <source>Done &amp;by</source>
        <translation>处理人员(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>所用材料(&amp;M)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Time spent</source>
        <translation>用时(&amp;T)</translation>
    </message>
    <message>
        <source>Yuan, e.g. 150 or 35.50</source>
        <translation>单位为元，如 150 或 35.50</translation>
    </message>
    <message>
        <source>C&amp;harged (yuan)</source>
        <translation>实收费用（元）(&amp;H)</translation>
    </message>
    <message>
        <source>Write the charge in yuan, e.g. 150 or 35.50.</source>
        <translation>请以元为单位填写收费金额，如 150 或 35.50。</translation>
    </message>
    <message>
        <source>Record r&amp;eturn</source>
        <translation>登记返单(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;load and apply again</source>
        <translation>重新读取并再次提交(&amp;L)</translation>
    </message>
</context>
<context>
    <name>fd::ReversalDialog</name>
    <message>
        <source>Take a payment back</source>
        <translation>冲销收款</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. wrong amount typed, transfer bounced</source>
        <translation>例如：金额录错、转账被退回</translation>
    </message>
    <message>
        <source>A manager approves it here with their own sign-in.</source>
        <translation>须由管理处经理在此用本人账号审批。</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s sign-in name</source>
        <translation>经理登录名(&amp;M)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>Receipt %1 of %2: %3 for unit %4. The receipt stays on record and reprints as void; the bills it paid are open again.</source>
        <translation>收据 %1（%2）：%4 交款 %3。收据仍保留在记录中，补打时注明作废；它所结清的账单重新变为未结。</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>冲销(&amp;T)</translation>
    </message>
    <message>
        <source>Say why the payment is taken back.</source>
        <translation>请写明冲销这笔收款的原因。</translation>
    </message>
</context>
<context>
    <name>fd::ReviewBanner</name>
    <message>
        <source>Morning review in progress: %1 of %2 read.</source>
        <extracomment>The start page while the morning review is open (R-SH-4).</extracomment>
        <translation>晨间审阅进行中：已阅 %1 / %2。</translation>
    </message>
    <message>
        <source>&amp;Continue the review</source>
        <translation>继续审阅(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open the review</source>
        <translation>打开审阅(&amp;O)</translation>
    </message>
    <message>
        <source>Today&apos;s review of the previous shifts&apos; records is not started yet.</source>
        <translation>今天尚未开始审阅前几班的记录。</translation>
    </message>
    <message>
        <source>&amp;Start the review</source>
        <translation>开始审阅(&amp;S)</translation>
    </message>
</context>
<context>
    <name>fd::ServerBanner</name>
    <message>
        <source>The database server cannot be reached since %1. Nothing can be saved until it is back: what you type stays in the form. The lists show what they read at %1.</source>
        <translation>自 %1 起连不上数据库服务器。恢复之前什么都无法保存：您输入的内容留在表单里。各列表显示的是 %1 时读到的数据。</translation>
    </message>
    <message>
        <source>Start FrontDesk with --connect to put it right.</source>
        <translation>请用 --connect 启动 FrontDesk 来更正。</translation>
    </message>
</context>
<context>
    <name>fd::SessionStatusBar</name>
    <message>
        <source>Signed in as %1</source>
        <translation>当前登录：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Post: %1</source>
        <translation>岗位：%1</translation>
    </message>
    <message>
        <source>No shift started</source>
        <translation>未开始班次</translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation>班次：%1</translation>
    </message>
</context>
<context>
    <name>fd::ShiftPage</name>
    <message>
        <source>&amp;Take over…</source>
        <translation>接班(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Open sheet…</source>
        <translation>打开移交表(&amp;O)…</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>The arriving person answers every line and signs with their own password</source>
        <translation>接班人逐项确认后，用本人密码签字</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>Your shift</source>
        <translation>我的班次</translation>
    </message>
    <message>
        <source>&amp;End shift and hand over…</source>
        <translation>结束当班并交班(&amp;E)…</translation>
    </message>
    <message>
        <source>You are not on a shift. Start one at your post:</source>
        <translation>您当前未当班。请选择岗位开始当班：</translation>
    </message>
    <message>
        <source>&amp;Start shift</source>
        <translation>开始当班(&amp;S)</translation>
    </message>
    <message>
        <source>Recent handover sheets — %1</source>
        <translation>最近的工作移交表 — %1</translation>
    </message>
    <message>
        <source>Recent handover sheets</source>
        <translation>最近的工作移交表</translation>
    </message>
    <message>
        <source>On duty at %1 · shift %2 · since %3</source>
        <translation>当班岗位：%1 · %2 · %3 起</translation>
    </message>
    <message>
        <source>You signed the handover sheet; you stay on duty until the arriving person signs.</source>
        <translation>您已在工作移交表上签字；接班人签字之前，您仍在当班。</translation>
    </message>
    <message>
        <source>The handover sheet is drafted and waits for your signature.</source>
        <translation>工作移交表已生成，等待您签字。</translation>
    </message>
    <message>
        <source>&amp;Continue handover…</source>
        <translation>继续交班(&amp;C)…</translation>
    </message>
    <message numerus="yes">
        <source>%n handover sheet(s) wait for the arriving person&apos;s signature; the first by %1, signed %2.</source>
        <translation>
            <numerusform>有 %n 张工作移交表等待接班人签字；第一张由 %1 于 %2 签字交班。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift %1 started at %2.</source>
        <translation>%1班已于 %2 开始。</translation>
    </message>
    <message>
        <source>The handover sheet could not be opened.</source>
        <translation>无法打开工作移交表。</translation>
    </message>
    <message>
        <source>This shift is past its end and was not handed over: hand it over, or start again to begin today&apos;s shift.</source>
        <translation>此班次已过下班时间且未交班：请交班，或重新开始当班以开始今天的班次。</translation>
    </message>
    <message>
        <source>%1: %2, shift %3 since %4</source>
        <translation>%1：%2，%3，%4 起</translation>
    </message>
    <message>
        <source> — past its end, not handed over; the next person to start at %1 takes it over</source>
        <translation> — 已过下班时间，未交班；下一位在%1开始当班的人将接管</translation>
    </message>
    <message>
        <source> — not signed in anywhere now</source>
        <translation> — 目前未在任何工作站登录</translation>
    </message>
    <message>
        <source>Nobody is on a shift now.</source>
        <translation>目前没有人当班。</translation>
    </message>
    <message>
        <source>On duty now:</source>
        <translation>当前当班：</translation>
    </message>
</context>
<context>
    <name>fd::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Language: %1. Choose 中文 or English in the Language menu after signing in.</source>
        <translation>语言：%1。登录后可在“语言”菜单中选择中文或 English。</translation>
    </message>
</context>
<context>
    <name>fd::SignatureField</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Signs on the pad</source>
        <translation>在签名板上签名</translation>
    </message>
    <message>
        <source>Customer refused to sign</source>
        <translation>客户拒绝签字</translation>
    </message>
    <message>
        <source>Signed on the paper form</source>
        <translation>已在纸质单据上签名</translation>
    </message>
    <message>
        <source>What the customer said, where the paper is kept</source>
        <translation>客户原话，或纸质单据存放位置</translation>
    </message>
    <message>
        <source>No signature on the pad:</source>
        <translation>签名板上无签名：</translation>
    </message>
</context>
<context>
    <name>fd::SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>Customer signs here</source>
        <translation>请客户在此签名</translation>
    </message>
</context>
<context>
    <name>fd::SignatureView</name>
    <message>
        <source>Signed by %1</source>
        <translation>%1 签名</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>无签名</translation>
    </message>
    <message>
        <source>Customer refused to sign</source>
        <translation>客户拒绝签字</translation>
    </message>
    <message>
        <source>Signed on the paper form</source>
        <translation>纸质签名</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>fd::SiteSettingsPage</name>
    <message>
        <source>The posts people start a shift at (R-SH-1). A post switched off is not offered for new shifts; the records that name it keep it.</source>
        <translation>开始当班时选择的岗位（R-SH-1）。停用的岗位不再用于开始当班，已有记录保持不变。</translation>
    </message>
    <message>
        <source>The departments work is dispatched to (R-RP-1). Each is kept on the ticket by a key, so the same department is one queue whatever the screen&apos;s language; to change a name, switch the department off and add the new one.</source>
        <translation>派工的接收部门（R-RP-1）。工单上保存部门的固定代码，因此无论界面语言如何，同一部门都在同一个队列里；要改名，请停用该部门再新增。</translation>
    </message>
    <message>
        <source>The equipment and keys counted at every handover (R-SH-2), in the order of the sheet.</source>
        <translation>每次交接班清点的设备和钥匙（R-SH-2），顺序即工作移交表上的顺序。</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>%1 rule(s) changed, not saved yet.</source>
        <translation>已修改 %1 项规则，尚未保存。</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the values marked in red.</source>
        <translation>未保存任何修改：请更正红字标出的值。</translation>
    </message>
    <message>
        <source>%1 rule(s) saved. They apply to work opened from now on; open tickets keep their numbers.</source>
        <translation>已保存 %1 项规则。新值对从现在起新开的工作生效；已开的工单保留原时限。</translation>
    </message>
    <message>
        <source>Nothing was saved: another desk changed the rules marked in red since this page read them. Your values stay; Save again to put them in force.</source>
        <translation>未保存：本页读取之后，另一个工作台修改了标红的规则。您输入的值仍保留；再次点击保存即可使其生效。</translation>
    </message>
    <message>
        <source>%1 rule(s) saved; the one marked in red was not: %2</source>
        <translation>已保存 %1 条规则；标红的那条未保存：%2</translation>
    </message>
</context>
<context>
    <name>fd::StoredItemDepositWidget</name>
    <message>
        <source>Depositor and place</source>
        <translation>寄存人与存放位置</translation>
    </message>
    <message>
        <source>Who leaves the items</source>
        <translation>寄存人姓名</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>手机或座机</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <source>e.g. A-3</source>
        <translation>如：A-3</translation>
    </message>
    <message>
        <source>S&amp;helf</source>
        <translation>货架位置(&amp;H)</translation>
    </message>
    <message>
        <source>E&amp;xpected pickup</source>
        <translation>预计领取时间(&amp;X)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品清单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>物品状况</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>删除一行(&amp;R)</translation>
    </message>
    <message>
        <source>Depositor&apos;s signature</source>
        <translation>寄存人签名</translation>
    </message>
    <message>
        <source>&amp;Save and give a tag</source>
        <translation>保存并发放寄存牌(&amp;S)</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>完好</translation>
    </message>
</context>
<context>
    <name>fd::StoredItemDetailWidget</name>
    <message>
        <source>Depositor signed:</source>
        <translation>寄存人签名：</translation>
    </message>
    <message>
        <source>Collector signed:</source>
        <translation>领取人签名：</translation>
    </message>
    <message>
        <source>Past the expected pickup time</source>
        <translation>已超过预计领取时间</translation>
    </message>
    <message>
        <source>How the customer was reminded, what they said</source>
        <translation>提醒方式及客户的答复</translation>
    </message>
    <message>
        <source>Re&amp;minded the customer</source>
        <translation>已提醒客户(&amp;M)</translation>
    </message>
    <message>
        <source>Who agreed to the delivery</source>
        <translation>同意送达的人员</translation>
    </message>
    <message>
        <source>&amp;Deliver with consent</source>
        <translation>经同意送达(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print tag…</source>
        <translation>打印寄存牌(&amp;P)…</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>请选择一条寄存记录查看详情。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 %3&lt;br/&gt;Shelf &lt;b&gt;%4&lt;/b&gt; · expected pickup %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 %3&lt;br/&gt;货架位置 &lt;b&gt;%4&lt;/b&gt; · 预计领取 %5</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
</context>
<context>
    <name>fd::StoredItemListModel</name>
    <message numerus="yes">
        <source>%n item(s): %1</source>
        <translation>
            <numerusform>%n 件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>牌号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Depositor</source>
        <translation>寄存人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架位置</translation>
    </message>
    <message>
        <source>Expected pickup</source>
        <translation>预计领取时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>fd::StoredItemPickupWidget</name>
    <message>
        <source>JC-20261122-003 — type or scan the tag</source>
        <translation>JC-20261122-003 — 输入或扫描寄存牌号</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>牌号(&amp;T)</translation>
    </message>
    <message>
        <source>Who collects the items</source>
        <translation>领取人姓名</translation>
    </message>
    <message>
        <source>&amp;Collected by</source>
        <translation>领取人(&amp;C)</translation>
    </message>
    <message>
        <source>Collector&apos;s signature</source>
        <translation>领取人签名</translation>
    </message>
    <message>
        <source>&amp;Hand out</source>
        <translation>确认领取(&amp;H)</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · shelf %4 · %5 · %6</source>
        <translation>%1 · %2 %3 · 货架位置 %4 · %5 · %6</translation>
    </message>
</context>
<context>
    <name>fd::StoredItemsPage</name>
    <message>
        <source>Filter: tag, unit, name, shelf or item</source>
        <translation>筛选：牌号、房号、姓名、货架位置或物品</translation>
    </message>
    <message>
        <source>Show &amp;collected and delivered</source>
        <translation>显示已领取和已送达(&amp;C)</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>在存物品</translation>
    </message>
    <message>
        <source>New deposit</source>
        <translation>寄存登记</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Saved as %1 — shelf %2. Print the tag for the items.</source>
        <translation>已保存，牌号 %1，货架位置 %2。请打印寄存牌。</translation>
    </message>
    <message>
        <source>%1 handed out to %2.</source>
        <translation>%1 已交给 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in storage</source>
        <translation>
            <numerusform>在存物品 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the tag as PDF</source>
        <translation>将寄存牌保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Tag saved to %1.</source>
        <translation>寄存牌已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>fd::TicketDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>%1, caller %2</source>
        <translation>%1，来电号码 %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>投诉等级</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source> (entered afterwards at %1)</source>
        <translation>（于 %1 补录）</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>转派/答复时限</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟催</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>明确答复时限</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>回访时限</translation>
    </message>
    <message>
        <source> (entered %1)</source>
        <translation>（%1 录入）</translation>
    </message>
    <message>
        <source>Reply due %1 (was %2). %3</source>
        <translation>答复期限 %1（原为 %2）。%3</translation>
    </message>
    <message>
        <source>%1 (answer of %2)</source>
        <translation>%1（%2 的答复）</translation>
    </message>
    <message>
        <source>Reply promised by %1.</source>
        <translation>承诺于 %1 前答复。</translation>
    </message>
    <message>
        <source> (entered %1 by %2)</source>
        <translation>（%2 于 %1 补录）</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1（%2 处理）</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>派出 %1。</translation>
    </message>
    <message>
        <source>S&amp;how number</source>
        <translation>显示号码(&amp;H)</translation>
    </message>
    <message>
        <source>Show the caller&apos;s number in full to call back (Alt+H). Each time is recorded.</source>
        <translation>显示完整来电号码以便回访（Alt+H），每次显示都会记录。</translation>
    </message>
</context>
<context>
    <name>fd::TicketReplyDialog</name>
    <message>
        <source>The reply is due by the time promised to the customer (R-IN-4).</source>
        <translation>答复期限为向客户承诺的时间（R-IN-4）。</translation>
    </message>
    <message>
        <source>What the desk cannot answer goes to the department head (R-IN-5).</source>
        <translation>前台无法答复的咨询转部门负责人（R-IN-5）。</translation>
    </message>
    <message>
        <source>The head&apos;s answer is given to the customer and the inquiry closes (R-IN-5).</source>
        <translation>负责人的答复告知客户后，咨询即关闭（R-IN-5）。</translation>
    </message>
    <message>
        <source>The reply owed to the customer (R-IN-4).</source>
        <translation>应给客户的答复（R-IN-4）。</translation>
    </message>
    <message>
        <source>Promise a reply time</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <source>Refer to the department head</source>
        <translation>转部门负责人</translation>
    </message>
    <message>
        <source>Record the head&apos;s answer</source>
        <translation>记录负责人答复</translation>
    </message>
    <message>
        <source>Head absent: keep the contact</source>
        <translation>负责人不在：留联系方式</translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation>记录答复</translation>
    </message>
</context>
<context>
    <name>fd::ToolDialog</name>
    <message>
        <source>Add a tool</source>
        <translation>添加工具</translation>
    </message>
    <message>
        <source>e.g. 梯子, 电钻, 扳手套装</source>
        <translation>如：梯子、电钻、扳手套装</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. T-01</source>
        <translation>如：T-01</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>How &amp;many the desk has:</source>
        <translation>前台存放数量(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>fd::ToolLendWidget</name>
    <message>
        <source>&amp;Tool:</source>
        <translation>工具(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>房号(&amp;U)：</translation>
    </message>
    <message>
        <source>borrower&apos;s name</source>
        <translation>借用人姓名</translation>
    </message>
    <message>
        <source>phone, to call if not back today</source>
        <translation>电话，当天未归还时联系</translation>
    </message>
    <message>
        <source>&amp;Borrower:</source>
        <translation>借用人(&amp;B)：</translation>
    </message>
    <message>
        <source>optional, e.g. 押金 100 元</source>
        <translation>选填，如：押金 100 元</translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation>押金(&amp;D)：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 of %4 in</source>
        <translation>%1（%2）— 在库 %3/%4</translation>
    </message>
    <message>
        <source>Lent: %1</source>
        <translation>已借出：%1</translation>
    </message>
    <message>
        <source>L&amp;end</source>
        <translation>借出(&amp;E)</translation>
    </message>
</context>
<context>
    <name>fd::ToolLoanModel</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1（已超时）</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <source>Back by</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已致电</translation>
    </message>
</context>
<context>
    <name>fd::ToolStockModel</name>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>In</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>fd::ToolsPage</name>
    <message>
        <source>Tools at the desk</source>
        <translation>前台工具</translation>
    </message>
    <message>
        <source>&amp;Add a tool…</source>
        <translation>添加工具(&amp;A)…</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>已借出</translation>
    </message>
    <message>
        <source>Lend a tool</source>
        <translation>借出工具</translation>
    </message>
    <message>
        <source>The selected loan</source>
        <translation>所选借用记录</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>催还记录：</translation>
    </message>
    <message>
        <source>what the borrower said</source>
        <translation>借用人的答复</translation>
    </message>
    <message>
        <source>&amp;Called the borrower</source>
        <translation>已致电借用人(&amp;C)</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>致电：</translation>
    </message>
    <message>
        <source>condition, e.g. 完好</source>
        <translation>状况，如：完好</translation>
    </message>
    <message>
        <source>&amp;Record return</source>
        <translation>登记归还(&amp;R)</translation>
    </message>
    <message>
        <source>Return:</source>
        <translation>归还：</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) out, the one due back first on top</source>
        <translation>
            <numerusform>%n 笔借用未归还，最早到期的排在最前</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a loan in the list.</source>
        <translation>请在列表中选择一条借用记录。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Lent %1 by %2</source>
        <translation>%1 由 %2 借出</translation>
    </message>
    <message>
        <source>Deposit: %1</source>
        <translation>押金：%1</translation>
    </message>
    <message>
        <source>Returned %1 to %2: %3</source>
        <translation>%1 归还，%2 经手：%3</translation>
    </message>
    <message>
        <source>Not back: due %1. Call the borrower.</source>
        <translation>未归还：应于 %1 归还。请致电借用人。</translation>
    </message>
    <message>
        <source>Back by %1</source>
        <translation>应于 %1 前归还</translation>
    </message>
    <message>
        <source>Call recorded; asked again at %1.</source>
        <translation>已记录本次致电；将于 %1 再次提醒。</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>已归还：%1</translation>
    </message>
    <message>
        <source>Ret&amp;ire</source>
        <translation>停用(&amp;I)</translation>
    </message>
    <message>
        <source>Bring bac&amp;k</source>
        <translation>恢复使用(&amp;K)</translation>
    </message>
</context>
<context>
    <name>fd::UnitDetailWidget</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Zone / butler</source>
        <translation>片区 / 管家</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Unit &amp;notes</source>
        <translation>房屋备注(&amp;N)</translation>
    </message>
    <message>
        <source>What the next clerk should know about this unit</source>
        <translation>写下其他客户助理需要了解的该房屋情况</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>Save the unit notes (Ctrl+S)</source>
        <translation>保存房屋备注（Ctrl+S）</translation>
    </message>
    <message>
        <source>Find a unit with the search field, then pick it from the list.</source>
        <translation>请在搜索框中查找房屋，然后从列表中选择。</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>&amp;Add resident…</source>
        <translation>添加住户(&amp;A)…</translation>
    </message>
    <message>
        <source>Correc&amp;t resident…</source>
        <translation>更正住户(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Moves out…</source>
        <translation>迁出(&amp;M)…</translation>
    </message>
    <message>
        <source>A new owner or tenant of this unit (Alt+A)</source>
        <translation>登记该房号的新业主或住户（Alt+A）</translation>
    </message>
    <message>
        <source>Correct the name or the phones of the chosen resident (Alt+T)</source>
        <translation>更正所选住户的姓名或电话（Alt+T）</translation>
    </message>
    <message>
        <source>Choose a resident who lives here in the list first.</source>
        <translation>请先在列表中选择一位在住的住户。</translation>
    </message>
    <message>
        <source>Record the day the chosen resident moved out (Alt+M); the record is kept.</source>
        <translation>登记所选住户的迁出日期（Alt+M），记录会保留。</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1 moved out.</source>
        <translation>%1 已迁出。</translation>
    </message>
    <message>
        <source>Reload and apply again</source>
        <translation>重新读取并再次提交</translation>
    </message>
    <message>
        <source>The notes as saved at the other desk now:
%1
Your text is kept above; save it when it has what should stay of theirs.</source>
        <translation>另一个工作台现在保存的备注：
%1
您输入的内容仍在上方；请把对方应保留的内容合并进去后再保存。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>fd::UnitPickerWidget</name>
    <message>
        <source>3-1-502, a name, or a phone&apos;s last 4 digits</source>
        <translation>3-1-502、姓名或电话后 4 位</translation>
    </message>
    <message>
        <source>%1: nobody registered</source>
        <translation>%1：无登记住户</translation>
    </message>
</context>
<context>
    <name>fd::UnitSearchModel</name>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>面积 m²</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Phone (last digits)</source>
        <translation>电话（尾号）</translation>
    </message>
</context>
<context>
    <name>fd::VisitListModel</name>
    <message>
        <source>%1 (department)</source>
        <translation>%1（部门）</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>走访时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>走访方式</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>By</source>
        <translation>走访人</translation>
    </message>
</context>
<context>
    <name>fd::VisitorInsideModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 · confirm</source>
        <translation>%1 · 待确认</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>In</source>
        <translation>进入时间</translation>
    </message>
    <message>
        <source>Inside for</source>
        <translation>已逗留</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访对象</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
</context>
<context>
    <name>fd::VisitorInstructionsWidget</name>
    <message>
        <source>New instruction…</source>
        <translation>新建交办事项…</translation>
    </message>
    <message>
        <source>End instruction</source>
        <translation>结束交办事项</translation>
    </message>
    <message>
        <source>What the unit asked the desk</source>
        <translation>住户交办前台的事项</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>（至 %1）</translation>
    </message>
    <message>
        <source>No instructions from this unit.</source>
        <translation>该房号暂无交办事项。</translation>
    </message>
</context>
<context>
    <name>fd::VisitorsPage</name>
    <message>
        <source>Inside now</source>
        <translation>在访</translation>
    </message>
    <message>
        <source>What the resident said</source>
        <translation>住户答复</translation>
    </message>
    <message>
        <source>Confirmed with the resident (Ctrl+K)</source>
        <translation>已与住户确认（Ctrl+K）</translation>
    </message>
    <message>
        <source>Check out (Ctrl+O)</source>
        <translation>离开登记（Ctrl+O）</translation>
    </message>
    <message numerus="yes">
        <source>Inside now: %n</source>
        <translation>
            <numerusform>在访：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2, %3 (%4).</source>
        <translation>%1 → %2，%3（%4）。</translation>
    </message>
    <message>
        <source>%1 was turned away from %2; the refusal is recorded.</source>
        <translation>%1 来访 %2 被拒绝，已记录。</translation>
    </message>
    <message>
        <source>%1 checked in to %2.</source>
        <translation>%1 已登记进入，拜访 %2。</translation>
    </message>
    <message>
        <source>Choose a visitor inside first.</source>
        <translation>请先选择一位在访访客。</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed with the resident for %1; next check in %n minutes.</source>
        <translation>
            <numerusform>已与住户确认 %1 的来访，%n 分钟后再次确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the visitor who is leaving.</source>
        <translation>请选择要离开的访客。</translation>
    </message>
    <message>
        <source>%1 left at %2.</source>
        <translation>%1 已于 %2 离开。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n visits)</source>
        <translation>
            <numerusform>%1（来访 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Record refusal (Ctrl+S)</source>
        <translation>登记拒绝（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Check in (Ctrl+S)</source>
        <translation>登记进入(&amp;C)（Ctrl+S）</translation>
    </message>
    <message>
        <source>Check in a visitor</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <source>Name; past visitors are suggested</source>
        <translation>姓名；输入时会提示以往访客</translation>
    </message>
    <message>
        <source>optional, e.g. 13812345678</source>
        <translation>选填，如：13812345678</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>Pe&amp;ople</source>
        <translation>人数(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Unit visited</source>
        <translation>被访房号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Resident</source>
        <translation>被访住户(&amp;R)</translation>
    </message>
    <message>
        <source>Pur&amp;pose</source>
        <translation>来访事由(&amp;P)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Pla&amp;te</source>
        <translation>车牌号(&amp;T)</translation>
    </message>
    <message>
        <source>Confirme&amp;d by phone</source>
        <translation>电话确认(&amp;D)</translation>
    </message>
    <message>
        <source>Pre-&amp;arranged</source>
        <translation>已预约(&amp;A)</translation>
    </message>
    <message>
        <source>Resident says</source>
        <translation>住户答复</translation>
    </message>
    <message>
        <source>Why the visit was refused</source>
        <translation>拒绝来访的原因</translation>
    </message>
    <message>
        <source>Reaso&amp;n</source>
        <translation>原因(&amp;N)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>清空（Esc）</translation>
    </message>
    <message>
        <source>Refu&amp;sed</source>
        <translation>拒绝(&amp;S)</translation>
    </message>
    <message>
        <source>Only when the resident refused the visit</source>
        <translation>仅在住户拒绝来访时填写</translation>
    </message>
    <message>
        <source>V&amp;isitor</source>
        <translation>访客(&amp;I)</translation>
    </message>
</context>
<context>
    <name>fd::VisitsWidget</name>
    <message>
        <source>Record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>房号(&amp;U)：</translation>
    </message>
    <message>
        <source>whom the clerk spoke to (optional)</source>
        <translation>走访对象（选填）</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>联系人(&amp;E)：</translation>
    </message>
    <message>
        <source>Visited &amp;at:</source>
        <translation>走访时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Way:</source>
        <translation>走访方式(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. heating this winter, parking fees</source>
        <translation>如：今冬供暖、停车费</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>走访主题(&amp;T)：</translation>
    </message>
    <message>
        <source>what the customer said (optional)</source>
        <translation>客户反映的意见（选填）</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>客户意见(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Department visit (e.g. joint visit with the supervisor)</source>
        <translation>部门走访（如与客服主管联合走访）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Record visit</source>
        <translation>登记走访(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) recorded, the latest first</source>
        <translation>
            <numerusform>已登记 %n 次走访，最新的在前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Quota met</source>
        <translation>已完成指标</translation>
    </message>
    <message numerus="yes">
        <source>%n more to go</source>
        <translation>
            <numerusform>还差 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits in %1</source>
        <translation>%1 走访情况</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（本人）</translation>
    </message>
    <message>
        <source>Visit to %1 recorded for the department.</source>
        <translation>已为部门登记对 %1 的走访。</translation>
    </message>
    <message>
        <source>Visit to %1 recorded.</source>
        <translation>已登记对 %1 的走访。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FrontDesk cannot start</source>
        <translation>物业客服前台无法启动</translation>
    </message>
</context>
</TS>
