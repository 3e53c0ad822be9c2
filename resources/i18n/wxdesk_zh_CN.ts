<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../wxdesk/ui/text.py" line="+112" />
            <location line="+9" />
            <source>source</source>
            <comment>Source: %1</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <location line="+9" />
            <source>source</source>
            <comment>Dated %1, checked %2, confidence %3</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountPanel</name>
        <message>
            <location filename="../../wxdesk/ui/account_panel.py" line="+178" />
            <source>✓ You can open it</source>
            <translation>✓ 您可以开通</translation>
        </message>
        <message>
            <location line="+1" />
            <source>✕ Not open to %1</source>
            <translation>✕ %1不可开通</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Best setup</source>
            <translation>最佳组合</translation>
        </message>
        <message>
            <location line="+1" />
            <source>KEY FACTS</source>
            <translation>关键信息</translation>
        </message>
    </context>
    <context>
        <name>ComparisonChart</name>
        <message>
            <location filename="../../wxdesk/ui/chart.py" line="+167" />
            <source>costs cross</source>
            <translation>成本交汇点</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chance the Mini Program costs less over %1 years: %2.</source>
            <translation>%1 年内小程序更省钱的概率：%2。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The cheaper option is the same at every audience size.</source>
            <translation>无论受众规模大小，更省钱的方案都不变。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Break-even: the cheaper option changes at about %1 users a month (you plan %2).</source>
            <translation>盈亏平衡点：月活用户约 %1 时更省钱的方案发生变化（您的规划为 %2）。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Cumulative cost (likely, with the 10–90 % range)</source>
            <translation>累计成本（预计值，含 10–90% 区间）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit (0–100)</source>
            <translation>匹配度（0–100）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost (%1)</source>
            <translation>成本（%1）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End of year</source>
            <translation>年末</translation>
        </message>
        <message>
            <location line="+1" />
            <source>App</source>
            <translation>应用</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mini Program</source>
            <translation>小程序</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Native app</source>
            <translation>原生应用</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../wxdesk/ui/crash.py" line="+124" />
            <source>wxdesk: something went wrong</source>
            <translation>wxdesk：出现了问题</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <location line="+16" />
            <source>An unexpected error occurred: %1

Your scenario is safe and the window keeps working. The details below were also written to %2.</source>
            <translation>发生了意外错误：%1

您的方案数据安全，窗口可以继续使用。以下详细信息也已写入 %2。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 unexpected errors occurred; the latest: %2

The details were also written to %3.</source>
            <translation>发生了 %1 个意外错误；最近一个：%2

详细信息也已写入 %3。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../wxdesk/ui/main_window.py" line="+244" />
            <source>%1 — wxdesk</source>
            <translation>%1 — wxdesk</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Best setup: %1</source>
            <translation>最佳组合：%1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Summary copied to the clipboard.</source>
            <translation>摘要已复制到剪贴板。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy Summary</source>
            <translation>复制摘要(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Full Screen</source>
            <translation>全屏(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to &amp;Budget</source>
            <translation>转到预算(&amp;B)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Go to &amp;Audience</source>
            <translation>转到受众(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to &amp;Session Length</source>
            <translation>转到使用时长(&amp;S)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;About wxdesk</source>
            <translation>关于 wxdesk(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show &amp;Toolbar</source>
            <translation>显示工具栏(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xample:</source>
            <translation>示例(&amp;X)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose an example business…</source>
            <translation>选择一个示例企业…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the scenario with one of the bundled example businesses</source>
            <translation>用内置的示例企业替换当前方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>BEST SETUP</source>
            <translation>最佳组合</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NATIVE APP OR MINI PROGRAM?</source>
            <translation>原生应用还是小程序？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data pack of %1</source>
            <translation>数据包：%1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Showing the example “%1”.</source>
            <translation>正在显示示例“%1”。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>About wxdesk</source>
            <translation>关于 wxdesk</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;wxdesk %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;wxdesk %1&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How a business should reach Chinese customers on WeChat: which account types to open, and whether to build a Mini Program or a native app.

Figures from the data pack of %1; every number shows its source.</source>
            <translation>帮助企业决定如何在微信上触达中国客户：开通哪些账号类型，开发小程序还是原生应用。

数据来自 %1 发布的数据包；每个数字都注明来源。</translation>
        </message>
    </context>
    <context>
        <name>OptionPanel</name>
        <message>
            <location filename="../../wxdesk/ui/account_panel.py" line="+53" />
            <source>%1 over %2 years</source>
            <translation>%2 年共 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>likely; range %1 – %2</source>
            <translation>预计值；区间 %1 – %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>First year before users: %1</source>
            <translation>首年固定成本（不含用户相关费用）：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 per user reached (%2 users)</source>
            <translation>每触达一位用户 %1（共 %2 位用户）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Native app (iOS + Android)</source>
            <translation>原生应用（iOS + 安卓）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recommended</source>
            <translation>推荐</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../wxdesk/report/assumptions.py" line="+24" />
            <source>CNY</source>
            <translation>元</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CNY per 1,000 views</source>
            <translation>元/千次曝光</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CNY per EUR</source>
            <translation>元/欧元</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CNY per USD</source>
            <translation>元/美元</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CNY per contact a year</source>
            <translation>元/联系人/年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CNY per install</source>
            <translation>元/次安装</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CNY per user</source>
            <translation>元/用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CNY a year</source>
            <translation>元/年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>USD</source>
            <translation>美元</translation>
        </message>
        <message>
            <location line="+1" />
            <source>USD a year</source>
            <translation>美元/年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>articles</source>
            <translation>篇</translation>
        </message>
        <message>
            <location line="+1" />
            <source>contacts</source>
            <translation>个联系人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ln(minutes)</source>
            <translation>ln(分钟)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>messages</source>
            <translation>条</translation>
        </message>
        <message>
            <location line="+1" />
            <source>messages a month</source>
            <translation>条/月</translation>
        </message>
        <message>
            <location line="+1" />
            <source>min</source>
            <translation>分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>points</source>
            <translation>分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>seconds</source>
            <translation>秒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>of the build cost</source>
            <translation>（占开发费用）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>of the build cost a year</source>
            <translation>（占开发费用/年）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new users per user a year</source>
            <translation>名新用户/用户/年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <location line="+30" />
            <source>undated</source>
            <translation>未注明日期</translation>
        </message>
        <message>
            <location filename="../../wxdesk/report/handout.py" line="+107" />
            <source>WeChat plan for {client}</source>
            <translation>{client}微信方案</translation>
        </message>
        <message>
            <location line="+7" />
            <source>wxdesk · {client}</source>
            <translation>wxdesk · {client}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Page {number} of {total}</source>
            <translation>第 {number} 页，共 {total} 页</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Native app</source>
            <translation>原生应用</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Prepared for</source>
            <translation>专为以下客户准备</translation>
        </message>
        <message>
            <location line="+4" />
            <source>How to reach your customers on WeChat</source>
            <translation>如何在微信上触达您的客户</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Our recommendation</source>
            <translation>我们的建议</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open {setup}.</source>
            <translation>建议开通{setup}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In {share} of our simulated cost outcomes the Mini Program is the cheaper choice over {years} years.</source>
            <translation>在我们模拟的成本结果中，有 {share} 的情况下小程序在 {years} 年内更省钱。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly users</source>
            <translation>月活用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On WeChat in China</source>
            <translation>中国大陆微信用户占比</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Messages a month</source>
            <translation>每月消息数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Years planned</source>
            <translation>规划年限</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The four account types side by side</source>
            <translation>四种账号类型对比</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Recommended</source>
            <translation>推荐</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not open to {entity}</source>
            <translation>{entity}不可开通</translation>
        </message>
        <message>
            <location line="+39" />
            <source>fit out of 100</source>
            <translation>匹配度（满分 100）</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Native app or Mini Program: cost and fit</source>
            <translation>原生应用还是小程序：成本与匹配度</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cumulative cost, likely line with low–high range</source>
            <translation>累计成本：曲线为预计值，阴影为低–高区间</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+30" />
            <source>Year {n}</source>
            <translation>第 {n} 年</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Fit for your scenario</source>
            <translation>与您情况的匹配度</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Recommended: {option}</source>
            <translation>推荐：{option}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cost per user reached, Mini Program</source>
            <translation>小程序每触达一位用户的成本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost per user reached, native app</source>
            <translation>原生应用每触达一位用户的成本</translation>
        </message>
        <message>
            <location line="+9" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location line="+0" />
            <source>likely</source>
            <translation>预计</translation>
        </message>
        <message>
            <location line="+0" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{years} years in all</source>
            <translation>{years} 年合计</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cost per year (low, likely and high)</source>
            <translation>每年成本（低、预计、高）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Low and high are the {low:g}th and {high:g}th percentiles of {samples} simulated outcomes; the likely figure is the median.</source>
            <translation>“低”和“高”分别为 {samples} 次模拟结果的第 {low:g} 和第 {high:g} 百分位数；“预计”为中位数。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The cheaper option changes at about {users} monthly users.</source>
            <translation>月活用户约达到 {users} 时，更省钱的方案会发生变化。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The same option is cheaper at every audience size.</source>
            <translation>无论受众规模大小，都是同一方案更省钱。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A native app rather than a Mini Program</source>
            <translation>为什么选原生应用而不是小程序</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A Mini Program rather than a native app</source>
            <translation>为什么选小程序而不是原生应用</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Points to watch</source>
            <translation>注意事项</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Appendix: assumptions used, with sources</source>
            <translation>附录：所用假设及来源</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every figure comes from the wxdesk data pack of {released}. Ranges are low – likely – high; figures marked * were set for this scenario.</source>
            <translation>所有数据均来自 {released} 发布的 wxdesk 数据包。区间按“低 – 预计 – 高”列出；标有 * 的数据为本方案专门设定。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Assumption</source>
            <translation>假设</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source date</source>
            <translation>来源日期</translation>
        </message>
        <message>
            <location line="+7" />
            <source>About this handout</source>
            <translation>关于本资料</translation>
        </message>
        <message>
            <location line="+1" />
            <source>These are estimates for planning, not quotes or legal advice. Costs are simulated from the ranges above and will differ with suppliers, scope and time; WeChat rules change, so check the current rules before you register an account or sign a contract.</source>
            <translation>以上均为规划用途的估算，并非报价或法律意见。成本根据上述区间模拟得出，实际会因供应商、项目范围和时间而不同；微信规则时有变化，注册账号或签订合同前请核实最新规则。</translation>
        </message>
    </context>
    <context>
        <name>ScenarioControls</name>
        <message>
            <location filename="../../wxdesk/ui/controls.py" line="+299" />
            <source>%1 users</source>
            <translation>%1 位用户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Your business</source>
            <translation>您的企业</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation>规划</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goals</source>
            <translation>目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special needs</source>
            <translation>特殊需求</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First-year &amp;budget</source>
            <translation>首年预算(&amp;B)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly &amp;audience</source>
            <translation>月活受众(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Typical &amp;session length</source>
            <translation>典型使用时长(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On WeChat in mainland &amp;China</source>
            <translation>中国大陆微信用户占比(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source> users/month</source>
            <translation> 用户/月</translation>
        </message>
        <message>
            <location line="+1" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source> per month</source>
            <translation> 次/月</translation>
        </message>
        <message>
            <location line="+1" />
            <source> years</source>
            <translation> 年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Messages to followers</source>
            <translation>向粉丝推送的消息(&amp;M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Horizon</source>
            <translation>规划年限(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Registered as</source>
            <translation>注册主体(&amp;R)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>First-year budget</source>
            <translation>首年预算</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly audience</source>
            <translation>月活受众</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Typical session length in minutes</source>
            <translation>典型使用时长（分钟）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share of audience on WeChat in mainland China</source>
            <translation>受众中在中国大陆使用微信的比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First-year budget in yuan</source>
            <translation>首年预算（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly audience in users</source>
            <translation>月活受众（用户数）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session length in minutes</source>
            <translation>使用时长（分钟）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share on WeChat in mainland China, percent</source>
            <translation>中国大陆微信用户占比（百分比）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>¥10k to ¥100M on a logarithmic scale; type any amount in the box</source>
            <translation>¥1万 至 ¥1亿，对数刻度；也可以在输入框中输入任意金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>100 to 100M users on a logarithmic scale; type any number in the box</source>
            <translation>100 至 1亿 位用户，对数刻度；也可以在输入框中输入任意数字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>30 seconds to 2 hours on a logarithmic scale</source>
            <translation>30 秒至 2 小时，对数刻度</translation>
        </message>
    </context>
    <context>
        <name>ScenarioDocument</name>
        <message>
            <location filename="../../wxdesk/ui/document.py" line="+117" />
            <source>Untitled scenario</source>
            <translation>未命名方案</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Change scenario</source>
            <translation>修改方案</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Change %1</source>
            <translation>修改%1</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="../../wxdesk/ui/app.py" line="+93" />
            <source>Could not open the scenario</source>
            <translation>无法打开方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be opened: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>engine</name>
        <message>
            <source>A strong fit for {goal}.</source>
            <translation>非常适合{goal}。</translation>
        </message>
        <message>
            <source>A weak fit for {goal}.</source>
            <translation>不太适合{goal}。</translation>
        </message>
        <message>
            <source>No goals chosen, so the fit is neutral.</source>
            <translation>尚未选择目标，因此匹配度保持中性。</translation>
        </message>
        <message>
            <source>{account} may message followers only {limit} times a month; you want {wanted}.</source>
            <translation>{account}每月只能向每位粉丝推送 {limit} 次，而您计划推送 {wanted} 次。</translation>
        </message>
        <message>
            <source>Your {wanted} messages a month fit the limit of {limit}, and they land in the chat list with an alert.</source>
            <translation>您每月 {wanted} 条消息在 {limit} 次的上限之内，消息会出现在聊天列表并有提醒。</translation>
        </message>
        <message>
            <source>Your {wanted} messages a month fit one push a day, but they land in the Subscriptions folder, which gets less attention.</source>
            <translation>您每月 {wanted} 条消息在每天一次的群发额度之内，但会进入订阅号消息折叠栏，关注度较低。</translation>
        </message>
        <message>
            <source>Staff can message each customer up to {limit} times a month, like a friend would.</source>
            <translation>员工每月可向每位客户发送最多 {limit} 次消息，像朋友一样沟通。</translation>
        </message>
        <message>
            <source>A Mini Program cannot push freely: each message needs the user's opt-in.</source>
            <translation>小程序不能自由推送：每条消息都需要用户事先订阅。</translation>
        </message>
        <message>
            <source>Takes WeChat Pay once verified ({fee} a year).</source>
            <translation>认证后可接入微信支付（每年 {fee}）。</translation>
        </message>
        <message>
            <source>{account} cannot take WeChat Pay; pair it with a Mini Program or a Service Account to sell.</source>
            <translation>{account}不能接入微信支付；如需销售，请搭配小程序或服务号。</translation>
        </message>
        <message>
            <source>Individuals cannot take WeChat Pay; taking payments needs a company.</source>
            <translation>个人主体不能接入微信支付；收款需要企业主体。</translation>
        </message>
        <message>
            <source>Mini Programs only cache content for display; they cannot work offline.</source>
            <translation>小程序只能缓存内容用于展示，无法离线使用。</translation>
        </message>
        <message>
            <source>Mini Programs reach Bluetooth LE only, and NFC only on Android.</source>
            <translation>小程序只能使用低功耗蓝牙，NFC 仅限安卓手机。</translation>
        </message>
        <message>
            <source>A Mini Program is suspended {seconds} seconds after it leaves the screen; only audio and location keep running.</source>
            <translation>小程序离开前台 {seconds} 秒后即被挂起，只有音频和定位可以继续运行。</translation>
        </message>
        <message>
            <source>A Mini Program is limited to {size} MB of code and assets.</source>
            <translation>小程序的代码和资源上限为 {size} MB。</translation>
        </message>
        <message>
            <source>{account} offers web pages, not an app: it is poor at {need}.</source>
            <translation>{account}提供的是网页而非应用，不擅长{need}。</translation>
        </message>
        <message>
            <source>Only {share} of your audience is on WeChat in mainland China.</source>
            <translation>您的受众中只有 {share} 在中国大陆使用微信。</translation>
        </message>
        <message>
            <source>{entity} cannot register a {account}.</source>
            <translation>{entity}不能注册{account}。</translation>
        </message>
        <message>
            <source>Above {free} customer contacts WeChat Work charges a yearly fee (about {cost} a year for your audience).</source>
            <translation>客户联系人超过 {free} 个后，企业微信按年收费（按您的受众规模每年约 {cost}）。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min suit a Mini Program, which typical users open for about {typical} min.</source>
            <translation>单次使用 {minutes} 分钟适合小程序，用户通常每次打开小程序约 {typical} 分钟。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min suit a native app better than a Mini Program.</source>
            <translation>单次使用 {minutes} 分钟更适合原生应用，而不是小程序。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers only {share} of the likely first-year cost of {cost}.</source>
            <translation>您 {budget} 的预算只够支付预计首年成本 {cost} 的 {share}。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers the likely first-year cost of {cost}.</source>
            <translation>您 {budget} 的预算足以支付预计首年成本 {cost}。</translation>
        </message>
        <message>
            <source>Costs {cost} per user reached over {years} years, against {other} for the {other_option}.</source>
            <translation>{years} 年内每触达一位用户的成本为 {cost}，{other_option}则为 {other}。</translation>
        </message>
        <message>
            <source>An app can notify its users for free, as often as you need.</source>
            <translation>应用可以免费向用户推送通知，次数不限。</translation>
        </message>
        <message>
            <source>Beyond the {limit} messages a month a linked Service Account can send, each message must be bought as paid reach.</source>
            <translation>关联服务号每月可发送 {limit} 条消息，超出部分需要付费推广才能触达。</translation>
        </message>
        <message>
            <source>Chinese Android stores require a Chinese company and a software copyright certificate.</source>
            <translation>国内安卓应用商店要求中国企业主体和软件著作权证书。</translation>
        </message>
        <message>
            <source>{account} for {duties}.</source>
            <translation>{account}：负责{duties}。</translation>
        </message>
        <message>
            <source>Build a Mini Program: it fits your scenario better ({fit} against {other_fit}) and costs {cost} over {years} years against {other_cost} for a native app.</source>
            <translation>建议开发小程序：它更符合您的情况（匹配度 {fit} 对 {other_fit}），{years} 年总成本约 {cost}，而原生应用约 {other_cost}。</translation>
        </message>
        <message>
            <source>Build a native app: it fits your scenario better ({fit} against {other_fit}) and costs {cost} over {years} years against {other_cost} for a Mini Program.</source>
            <translation>建议开发原生应用：它更符合您的情况（匹配度 {fit} 对 {other_fit}），{years} 年总成本约 {cost}，而小程序约 {other_cost}。</translation>
        </message>
        <message>
            <source>Build a Mini Program: both fit about equally ({fit} against {other_fit}), and it costs less per user reached.</source>
            <translation>建议开发小程序：两者匹配度相当（{fit} 对 {other_fit}），但小程序每触达一位用户的成本更低。</translation>
        </message>
        <message>
            <source>Build a native app: both fit about equally ({fit} against {other_fit}), and it costs less per user reached.</source>
            <translation>建议开发原生应用：两者匹配度相当（{fit} 对 {other_fit}），但原生应用每触达一位用户的成本更低。</translation>
        </message>
        <message>
            <source>None of your audience is on WeChat in mainland China, so WeChat accounts reach almost nobody you target.</source>
            <translation>您的受众都不在中国大陆使用微信，因此微信账号几乎触达不到您的目标人群。</translation>
        </message>
        <message>
            <source>Your budget of {budget} is below even a Mini Program's likely first-year cost of {cost}.</source>
            <translation>您 {budget} 的预算甚至低于小程序预计的首年成本 {cost}。</translation>
        </message>
        <message>
            <source>No WeChat account can broadcast more than once a day; {wanted} messages a month need a native app or WeChat Work.</source>
            <translation>任何微信公众号每天最多群发一次；每月 {wanted} 条消息需要原生应用或企业微信。</translation>
        </message>
        <message>
            <source>WeChat accounts are poor at {need}; plan a native app for it.</source>
            <translation>微信账号不擅长{need}，请为此规划原生应用。</translation>
        </message>
        <message>
            <source>As an overseas company you can publish in the App Store China, but Chinese Android stores need a Chinese entity or a licensed distributor.</source>
            <translation>海外企业可以在中国区 App Store 上架，但国内安卓应用商店需要中国主体或持牌代理商。</translation>
        </message>
        <message>
            <source>Individuals cannot take WeChat Pay in any WeChat account; register a company to sell.</source>
            <translation>个人主体在任何微信账号中都不能接入微信支付；如需销售，请注册企业。</translation>
        </message>
    </context>
    <context>
        <name>terms</name>
        <message>
            <source>Service Account</source>
            <translation>服务号</translation>
        </message>
        <message>
            <source>Subscription Account</source>
            <translation>订阅号</translation>
        </message>
        <message>
            <source>Mini Program</source>
            <translation>小程序</translation>
        </message>
        <message>
            <source>WeChat Work (WeCom)</source>
            <translation>企业微信</translation>
        </message>
        <message>
            <source>native app</source>
            <translation>原生应用</translation>
        </message>
        <message>
            <source>news and content</source>
            <translation>资讯与内容</translation>
        </message>
        <message>
            <source>selling</source>
            <translation>销售</translation>
        </message>
        <message>
            <source>testing an idea cheaply</source>
            <translation>低成本试水</translation>
        </message>
        <message>
            <source>managing employees</source>
            <translation>员工管理</translation>
        </message>
        <message>
            <source>taking payments</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>working offline</source>
            <translation>离线使用</translation>
        </message>
        <message>
            <source>using phone hardware</source>
            <translation>调用手机硬件</translation>
        </message>
        <message>
            <source>running in the background</source>
            <translation>后台运行</translation>
        </message>
        <message>
            <source>shipping a large app</source>
            <translation>发布大型应用</translation>
        </message>
        <message>
            <source>messaging followers</source>
            <translation>向粉丝推送消息</translation>
        </message>
        <message>
            <source>a company</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>an individual</source>
            <translation>个人</translation>
        </message>
        <message>
            <source>an overseas company</source>
            <translation>海外企业</translation>
        </message>
        <message>
            <source>serving customers</source>
            <translation>客户服务</translation>
        </message>
        <message>
            <source>publishing news</source>
            <translation>发布资讯</translation>
        </message>
    </context>
</TS>
