<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Show Source</source>
            <translation>显示来源</translation>
        </message>
        <message>
            <source>Copy Source</source>
            <translation>复制来源</translation>
        </message>
        <message>
            <source>Cost and fit chart</source>
            <translation>成本与适配度图表</translation>
        </message>
        <message>
            <source>Native app or Mini Program: cost and fit</source>
            <translation>原生应用还是小程序：成本与适配度</translation>
        </message>
        <message>
            <source>Your business: the scenario's settings</source>
            <translation>您的业务：场景设置</translation>
        </message>
        <message>
            <source>Your business</source>
            <translation>您的业务</translation>
        </message>
        <message>
            <source>Recommended plan</source>
            <translation>推荐方案</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>来源：%1</translation>
        </message>
        <message>
            <source>%1: %2 after %3 years</source>
            <translation>%1：%3 年后 %2</translation>
        </message>
        <message>
            <source>Fit out of 100: %1 %2, %3 %4</source>
            <translation>适配度（满分 100）：%1 %2，%3 %4</translation>
        </message>
        <message>
            <source>The plan and the presences: fit, reasons and key facts</source>
            <translation>方案与各账号和应用：适配度、原因和关键信息</translation>
        </message>
        <message>
            <source>The plan and the presences</source>
            <translation>方案与各账号和应用</translation>
        </message>
    </context>
    <context>
        <name>Assumptions</name>
        <message>
            <source>Model assumptions</source>
            <translation>模型假设</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>汇率</translation>
        </message>
        <message>
            <source>Winning users</source>
            <translation>获客</translation>
        </message>
        <message>
            <source>Double-click to change it for this scenario; the data pack stays as it is</source>
            <translation>双击可为本场景修改此数值；数据包本身保持不变</translation>
        </message>
        <message>
            <source>The date the source itself carries</source>
            <translation>来源本身标注的日期</translation>
        </message>
        <message>
            <source>When wxdesk last checked the source</source>
            <translation>wxdesk 最近一次核实来源的日期</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Source date</source>
            <translation>来源日期</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>核实日期</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>来源：%1</translation>
        </message>
        <message>
            <source>⚠ The source is more than %1 years old: this figure may be out of date.</source>
            <translation>⚠ 来源已超过 %1 年：此数据可能已过时。</translation>
        </message>
        <message>
            <source>“%1” is not a number wxdesk can use here: type a number of 0 or more.</source>
            <translation>“%1”不是此处可用的数字：请输入 0 或更大的数。</translation>
        </message>
        <message>
            <source>wxdesk cannot compute with %1 for “%2” (the model divides by it or takes its logarithm); the figure keeps its value.</source>
            <translation>wxdesk 无法用 %1 作为“%2”进行计算（模型需要用它做除数或取对数）；该数据保持原值。</translation>
        </message>
        <message>
            <source>Dated %1, checked %2, confidence %3</source>
            <translation>来源日期 %1，核实于 %2，可信度 %3</translation>
        </message>
        <message>
            <source>Changed for this scenario. Data pack: %1 (low %2, high %3).</source>
            <translation>已为本场景修改。数据包数值：%1（低 %2，高 %3）。</translation>
        </message>
        <message>
            <source>more than %1 and at most %2</source>
            <translation>大于 %1 且不超过 %2</translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>在 %1 到 %2 之间</translation>
        </message>
        <message>
            <source>“%1” must be %2 (%3); the figure keeps its value.</source>
            <translation>“%1”必须%2（%3）；该数字保持原值。</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/words.py" line="+458" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location line="+0" />
            <source>medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location line="+5" />
            <source>undated</source>
            <translation>未注明日期</translation>
        </message>
        <message>
            <source>CNY</source>
            <translation>元</translation>
        </message>
        <message>
            <source>USD</source>
            <translation>美元</translation>
        </message>
        <message>
            <source>EUR</source>
            <translation>欧元</translation>
        </message>
        <message>
            <source>year</source>
            <translation>年</translation>
        </message>
        <message>
            <source>month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>user</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>install</source>
            <translation>次安装</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>个联系人</translation>
        </message>
        <message>
            <source>messages</source>
            <translation>条消息</translation>
        </message>
        <message>
            <source>articles</source>
            <translation>篇文章</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>share</source>
            <translation>比例</translation>
        </message>
        <message>
            <source>share of build</source>
            <translation>占开发费用的比例</translation>
        </message>
        <message>
            <source>points</source>
            <translation>分</translation>
        </message>
        <message>
            <source>min</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>ln(min)</source>
            <translation>ln(分钟)</translation>
        </message>
        <message>
            <source>s</source>
            <translation>秒</translation>
        </message>
        <message>
            <source>1000</source>
            <translation>千次</translation>
        </message>
        <message>
            <source>×</source>
            <translation>倍</translation>
        </message>
        <message>
            <source>Audience size</source>
            <translation>用户规模</translation>
        </message>
        <message>
            <source>Launch timeline</source>
            <translation>上线时间线</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>message</source>
            <translation>条消息</translation>
        </message>
        <message>
            <source>review</source>
            <translation>次审核</translation>
        </message>
        <message>
            <source>day</source>
            <translation>天</translation>
        </message>
        <message>
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>周</translation>
        </message>
        <message>
            <source>h</source>
            <translation>小时</translation>
        </message>
        <message>
            <source>opens</source>
            <translation>次打开</translation>
        </message>
        <message>
            <source>million users</source>
            <translation>百万用户</translation>
        </message>
        <message>
            <source>thousand messages</source>
            <translation>千条消息</translation>
        </message>
        <message>
            <source>ln(users)</source>
            <translation>ln(用户数)</translation>
        </message>
        <message>
            <source>share of sales</source>
            <translation>占销售额的比例</translation>
        </message>
        <message>
            <source>iPhone model</source>
            <translation>iPhone 机型代数</translation>
        </message>
        <message>
            <source>members</source>
            <translation>名成员</translation>
        </message>
        <message>
            <source>hour</source>
            <translation>小时</translation>
        </message>
        <message>
            <source>“%1”: write decimals with a point (1.5); a comma only groups thousands (450,000).</source>
            <translation>“%1”：小数请用小数点（1.5）；逗号只用于千位分隔（450,000）。</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>平均</translation>
        </message>
        <message>
            <source>Reset figures</source>
            <translation>恢复数据</translation>
        </message>
        <message>
            <source>Change “%1”</source>
            <translation>修改“%1”</translation>
        </message>
        <message>
            <source>Reset “%1”</source>
            <translation>恢复“%1”</translation>
        </message>
        <message>
            <source>Prices this scenario's fees charged in %1; amounts shown in %1 use the rate set in Edit ▸ Preferences.</source>
            <translation>用于为本场景中以 %1 计价的费用定价；以 %1 显示的金额使用“编辑 ▸ 偏好设置”中设置的汇率。</translation>
        </message>
        <message>
            <source>Only converts the amounts shown in %1: set it in Edit ▸ Preferences.</source>
            <translation>仅用于换算以 %1 显示的金额：请在“编辑 ▸ 偏好设置”中设置。</translation>
        </message>
        <message>
            <source>“%1” is too small for wxdesk to show: type 0, or a number of at least %2.</source>
            <translation>“%1”太小，wxdesk 无法显示：请输入 0，或不小于 %2 的数。</translation>
        </message>
        <message>
            <source>The mean of low, most common and high: the value the likely costs take</source>
            <translation>低、最常见、高三个值的平均数：预计成本按此计算</translation>
        </message>
        <message>
            <source>Most common</source>
            <translation>最常见</translation>
        </message>
        <message>
            <source>“%1” must be %2; the figure keeps its value.</source>
            <translation>“%1”必须%2；该数字保持原值。</translation>
        </message>
        <message>
            <source>“%1” cannot be 0 while the other weights are 0 too: the fit is their weighted mean. The figure keeps its value.</source>
            <translation>其他权重都为 0 时，“%1”不能也为 0：适配度是各项权重的加权平均。该数字保持原值。</translation>
        </message>
        <message>
            <source>“%1” cannot be above “%2” (%3); the figure keeps its value.</source>
            <translation>“%1”不能高于“%2”（%3）；该数字保持原值。</translation>
        </message>
        <message>
            <source>The most common value; the likely costs and weeks take each figure at its average, not at this. Double-click to change it for this scenario; the data pack stays as it is</source>
            <translation>最常见的取值；预计成本和预计周数按每项数据的平均值计算，而非此值。双击可为本场景修改，数据包保持不变</translation>
        </message>
        <message>
            <source>The mean of low, most common and high: the value the likely costs and weeks take</source>
            <translation>低、最常见、高三个值的平均数：预计成本和预计周数按此计算</translation>
        </message>
        <message>
            <source>The mean of low, most common and high: the value the likely weeks take</source>
            <translation>低、最常见、高三个值的平均数：预计周数按此计算</translation>
        </message>
        <message>
            <source>Elsewhere in the window: %1 (%2)</source>
            <translation>窗口其余部分写作：%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>AssumptionsDock</name>
        <message>
            <location filename="../../wxdesk/ui/assumptions.py" line="+886" />
            <source>Assumptions</source>
            <translation>假设数据</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/features.py" line="+144" />
            <source>Assu&amp;mptions</source>
            <translation>假设数据(&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>AssumptionsPanel</name>
        <message>
            <location filename="../../wxdesk/ui/assumptions.py" line="-117" />
            <source>All figures as in the data pack.</source>
            <translation>所有数据均与数据包一致。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 figure changed for this scenario.</source>
            <translation>本场景修改了 1 项数据。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 figures changed for this scenario.</source>
            <translation>本场景修改了 %1 项数据。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>⚠ %1 may be out of date (source older than %2 years).</source>
            <translation>⚠ %1 项可能已过时（来源超过 %2 年）。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Amounts here are as the data pack holds them, in yuan (a few fees in US dollars, as their unit says); the rest of the window shows them in %1 at %2. Point at an amount to see it so.</source>
            <translation>此处金额按数据包原样列出，以人民币计（少数费用以美元计，见其单位）；窗口其余部分以%1显示，按 %2 换算。鼠标指向金额即可查看换算后的数值。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>All figures</source>
            <translation>全部数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed for this scenario</source>
            <translation>本场景已修改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Possibly out of date</source>
            <translation>可能已过时</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Search figures, sources and notes…</source>
            <translation>搜索数据、来源和备注…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search figures</source>
            <translation>搜索数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show figures of</source>
            <translation>显示以下类别的数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset to the Data Pack's Values</source>
            <translation>恢复为数据包中的数值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rese&amp;t Selected</source>
            <translation>重置所选(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the data pack's values again for the selected figures</source>
            <translation>将所选数据恢复为数据包中的数值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset &amp;All</source>
            <translation>全部重置(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the data pack's values again for every figure</source>
            <translation>将所有数据恢复为数据包中的数值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data pack figures</source>
            <translation>数据包数据</translation>
        </message>
    </context>
    <context>
        <name>ChartExport</name>
        <message>
            <location filename="../../wxdesk/ui/export.py" line="+99" />
            <source>The size must be between %1 and %2 pixels on each side.</source>
            <translation>每边尺寸必须在 %1 到 %2 像素之间。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Native app or Mini Program: cost and fit</source>
            <translation>原生应用还是小程序：成本与适配度</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Could not write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Choose a file name ending in .png or .svg, not “%1”.</source>
            <translation>请使用以 .png 或 .svg 结尾的文件名，而不是“%1”。</translation>
        </message>
    </context>
    <context>
        <name>ChartExportActions</name>
        <message>
            <location filename="../../wxdesk/ui/presenting.py" line="+113" />
            <source>Export C&amp;hart…</source>
            <translation>导出图表(&amp;H)…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+13" />
            <location line="+15" />
            <source>Export Chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Save the chart as a PNG image or an SVG drawing for slides</source>
            <translation>将图表保存为 PNG 图片或 SVG 矢量图，用于演示文稿</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy C&amp;hart</source>
            <translation>复制图表(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the chart as a picture, ready to paste into slides</source>
            <translation>将图表复制为图片，可直接粘贴到演示文稿中</translation>
        </message>
        <message>
            <location line="+11" />
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Chart saved to %1.</source>
            <translation>图表已保存到 %1。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Chart copied to the clipboard.</source>
            <translation>图表已复制到剪贴板。</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../wxdesk/ui/compare_dialog.py" line="+126" />
            <source>Add Scenarios to Compare</source>
            <translation>添加要对比的场景</translation>
        </message>
        <message>
            <location line="+1" />
            <source>wxdesk scenarios (*.json);;All files (*)</source>
            <translation>wxdesk 场景 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+100" />
            <location line="+272" />
            <source>Compare Scenarios</source>
            <translation>场景对比</translation>
        </message>
        <message>
            <location line="-271" />
            <source>At most %1 scenarios can be compared at once.</source>
            <translation>一次最多可对比 %1 个场景。</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+12" />
            <source>Could not add the scenario</source>
            <translation>无法添加该场景</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This window</source>
            <translation>当前窗口</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Example</source>
            <translation>示例</translation>
        </message>
        <message>
            <location line="+89" />
            <source>The scenario in the main window: this column follows its changes.</source>
            <translation>主窗口中的场景：此列会随其更改而更新。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add one to three more scenarios to compare them with this one.</source>
            <translation>再添加一到三个场景，与当前场景进行对比。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add two to four scenarios to compare.</source>
            <translation>添加两到四个场景进行对比。</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Inputs</source>
            <translation>输入条件</translation>
        </message>
        <message>
            <location line="+54" />
            <source>The inputs are the same.</source>
            <translation>输入条件相同。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Differing inputs (marked ≠): %1.</source>
            <translation>不同的输入条件（标记为 ≠）：%1。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 inputs differ (marked ≠).</source>
            <translation>有 %1 项输入条件不同（标记为 ≠）。</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Add File…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Example</source>
            <translation>添加示例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected column (or the last one)</source>
            <translation>移除所选列（或最后一列）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only differences</source>
            <translation>仅显示差异</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/features.py" line="-19" />
            <source>&amp;Compare Scenarios…</source>
            <translation>场景对比(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/compare_dialog.py" line="-91" />
            <source>The plan</source>
            <translation>推荐方案</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Each presence alone: fit out of 100</source>
            <translation>各渠道单独的适配度（满分 100）</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The plan is the same for all: %1.</source>
            <translation>各场景的推荐方案相同：%1。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The plans differ.</source>
            <translation>各场景的推荐方案不同。</translation>
        </message>
    </context>
    <context>
        <name>CompareTable</name>
        <message>
            <location filename="../../wxdesk/words/comparison.py" line="+48" />
            <source>no date</source>
            <translation>无日期</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <location line="+5" />
            <location line="+57" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="-52" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1, in the plan</source>
            <translation>%1，在推荐方案中</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, reaches none of your audience</source>
            <translation>%1，触达不到您的受众</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, not open to %2</source>
            <translation>%1，%2不可开通</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Native app or Mini Program</source>
            <translation>原生应用还是小程序</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Launch</source>
            <translation>上线时间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Points to watch</source>
            <translation>注意事项</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1 (%2) over %3 years</source>
            <translation>%3 年共 %1（%2）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Inputs that differ (*):</source>
            <translation>不同的输入（*）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The inputs are the same.</source>
            <translation>输入相同。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The plan (* where it differs):</source>
            <translation>推荐方案（* 表示不同）：</translation>
        </message>
        <message>
            <location line="-49" />
            <source>Plan</source>
            <translation>方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan score</source>
            <translation>方案得分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Likely cost, whole horizon</source>
            <translation>预计成本（整个周期）</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 over %2 years</source>
            <translation>%2 年共 %1</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Likely cost, first year</source>
            <translation>预计成本（首年）</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Each presence alone, fit out of 100 (* where it differs):</source>
            <translation>各渠道单独的适配度（满分 100，* 表示不同）：</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Amounts in {currency}.</source>
            <translation>金额单位：{currency}。</translation>
        </message>
    </context>
    <context>
        <name>ComparisonChart</name>
        <message>
            <location filename="../../wxdesk/ui/chart.py" line="+691" />
            <source>break-even</source>
            <translation>成本持平点</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Chance that, added to the plan, a Mini Program costs less than a native app over %1 years: %2.</source>
            <translation>%1 年内加小程序比加原生应用更省钱的概率：%2。</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Cumulative cost: likely, and the %1th–%2th percentile range</source>
            <translation>累计成本：预计值，以及第 %1–%2 百分位区间</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Fit</source>
            <translation>适配度</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Years from launch</source>
            <translation>上线后年数</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Cost (%1)</source>
            <translation>成本（%1）</translation>
        </message>
        <message>
            <location line="-365" />
            <source>With a Mini Program</source>
            <translation>配小程序</translation>
        </message>
        <message>
            <location line="+0" />
            <source>With a native app</source>
            <translation>配原生应用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>With both</source>
            <translation>同时配小程序和原生应用</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+5" />
            <location line="+8" />
            <source>%1 (the plan)</source>
            <translation>%1（推荐方案）</translation>
        </message>
        <message>
            <location line="+293" />
            <source>Chance the plan with a Mini Program costs less than with a native app over %1 years: %2.</source>
            <translation>%1 年内配小程序比配原生应用更省钱的概率：%2。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>“%1” rises off the chart, to %2 over %3 years.</source>
            <translation>“%1”的曲线超出图表范围：%3 年共 %2。</translation>
        </message>
    </context>
    <context>
        <name>CostSplit</name>
        <message>
            <location filename="../../wxdesk/ui/cost_split.py" line="+57" />
            <source>Each amount is rounded on its own, so together they may differ from the total by a rounding.</source>
            <translation>各项金额分别取整，相加可能与总额相差一个取整误差。</translation>
        </message>
    </context>
    <context>
        <name>DataPack</name>
        <message>
            <source>Data pack of %1 (imported): %2</source>
            <translation>%1的数据包（已导入）：%2</translation>
        </message>
        <message>
            <source>Data pack of %1 (bundled with wxdesk): %2</source>
            <translation>%1的数据包（wxdesk 自带）：%2</translation>
        </message>
        <message>
            <source>Import Data Pack</source>
            <translation>导入数据包</translation>
        </message>
        <message>
            <source>wxdesk data packs (*.toml);;All files (*)</source>
            <translation>wxdesk 数据包 (*.toml);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Data pack imported</source>
            <translation>数据包已导入</translation>
        </message>
        <message>
            <source>Data pack not imported</source>
            <translation>数据包未导入</translation>
        </message>
        <message>
            <source>Now using the data pack of %1.</source>
            <translation>现在使用%1的数据包。</translation>
        </message>
        <message>
            <source>Now using the data pack of %1 that comes with wxdesk.</source>
            <translation>现在使用 wxdesk 自带的%1数据包。</translation>
        </message>
        <message>
            <source>wxdesk keeps the data pack it has.</source>
            <translation>wxdesk 继续使用现有的数据包。</translation>
        </message>
        <message>
            <source>Using the data pack that comes with wxdesk.</source>
            <translation>正在使用 wxdesk 自带的数据包。</translation>
        </message>
        <message>
            <source>Imported data pack set aside</source>
            <translation>已搁置导入的数据包</translation>
        </message>
        <message>
            <source>The data pack imported earlier cannot be used any more (it is damaged, or this version of wxdesk no longer accepts it), so wxdesk uses the one that came with it, of %1.</source>
            <translation>之前导入的数据包已无法使用（它已损坏，或此版本的 wxdesk 不再接受它），因此 wxdesk 改用自带的 %1 数据包。</translation>
        </message>
        <message>
            <source>Delete %1 to stop this message.</source>
            <translation>删除 %1 后将不再显示此消息。</translation>
        </message>
        <message>
            <source>The file was moved to %1, should you want to look at it.</source>
            <translation>该文件已移至 %1，如需查看可在此找到。</translation>
        </message>
        <message>
            <source>WeChat presence and app-vs-Mini-Program figures</source>
            <translation>微信账号形态与原生应用/小程序对比数据</translation>
        </message>
        <message>
            <source>Your scenario's changes to %1 were dropped: this data pack has no such figures.</source>
            <translation>您的场景对 %1 的修改已舍弃：此数据包中没有这些数据。</translation>
        </message>
        <message>
            <source>Data pack changed</source>
            <translation>数据包已更换</translation>
        </message>
        <message>
            <source>The plan is now %1; it was %2.</source>
            <translation>方案现为%1，原为%2。</translation>
        </message>
    </context>
    <context>
        <name>DiffPack</name>
        <message>
            <location filename="../../wxdesk/words/pack_diff.py" line="+19" />
            <source>1 difference</source>
            <translation>1 处差异</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 differences</source>
            <translation>%1 处差异</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 of %2 scenario changes its answer</source>
            <translation>%2 个场景中有 %1 个答案改变</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 of %2 scenarios change their answer</source>
            <translation>%2 个场景中有 %1 个答案改变</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data pack %1 → %2: %3; %4.</source>
            <translation>数据包 %1 → %2：%3；%4。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>was: %1</source>
            <translation>原来：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>now: %1</source>
            <translation>现在：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>moved by %1</source>
            <translation>起因：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no single difference moves it alone; the differences act together</source>
            <translation>没有哪一处差异单独改变它；是几处差异共同作用</translation>
        </message>
        <message>
            <location line="+9" />
            <source>both</source>
            <translation>两者都做</translation>
        </message>
        <message>
            <location line="+0" />
            <source>neither</source>
            <translation>两者都不做</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1; app or Mini Program: %2</source>
            <translation>%1；原生应用还是小程序：%2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the table '%1'</source>
            <translation>规则表“%1”</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (added)</source>
            <translation>%1（新增）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (removed)</source>
            <translation>%1（删除）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 (%2): %3 → %4</source>
            <translation>%1（%2）：%3 → %4</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (%2): most common %3 → %4 (range %5–%6 → %7–%8)</source>
            <translation>%1（%2）：最常见 %3 → %4（区间 %5–%6 → %7–%8）</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../wxdesk/ui/error_dialog.py" line="+18" />
            <source>wxdesk: something went wrong</source>
            <translation>wxdesk：出现了问题</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <location line="+19" />
            <source>An unexpected error occurred: %1

Your scenario is safe and the window keeps working. The details below could not be saved to a file; use Copy details to keep them.</source>
            <translation>发生了意外错误：%1

您的场景数据安全，窗口可以继续使用。以下详细信息未能保存到文件；请用“复制详细信息”保留它们。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 unexpected errors occurred; the latest: %2

The details could not be saved to a file; use Copy details to keep them.</source>
            <translation>发生了 %1 个意外错误；最近一个：%2

详细信息未能保存到文件；请用“复制详细信息”保留它们。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An unexpected error occurred: %1

Your scenario is safe and the window keeps working. The details below were also written to %2.</source>
            <translation>发生了意外错误：%1

您的场景数据安全，窗口可以继续使用。以下详细信息也已写入 %2。</translation>
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
        <name>ExportChartDialog</name>
        <message>
            <location filename="../../wxdesk/ui/export.py" line="+57" />
            <source>Size:</source>
            <translation>尺寸：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Width:</source>
            <translation>宽度：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Height:</source>
            <translation>高度：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export Chart</source>
            <translation>导出图表</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../wxdesk/ui/file_actions.py" line="+87" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the changes to “%1” first?</source>
            <translation>是否先保存对“%1”的更改？</translation>
        </message>
        <message>
            <location line="+5" />
            <source>If you don't save, your changes will be lost.</source>
            <translation>如果不保存，您的更改将会丢失。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Open Scenario</source>
            <translation>打开场景</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+9" />
            <source>wxdesk scenarios (*.json);;All files (*)</source>
            <translation>wxdesk 场景 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Save Scenario As</source>
            <translation>场景另存为</translation>
        </message>
        <message>
            <location line="+19" />
            <source>File changed on disk</source>
            <translation>文件已在磁盘上被修改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1” was changed by another program or window since you opened it. Saving now replaces those changes with yours.</source>
            <translation>自你打开“%1”以来，它已被其他程序或窗口修改。现在保存会用你的修改替换那些修改。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Replace Their Changes</source>
            <translation>替换他们的修改</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+22" />
            <source>Save As…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <location line="+180" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start a new scenario from your defaults</source>
            <translation>按您的默认设置新建场景</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Clear List</source>
            <translation>清除列表(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;Example</source>
            <translation>打开示例(&amp;E)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Undo %1</source>
            <translation>撤销%1(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo: %1</source>
            <translation>撤销：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing to undo</source>
            <translation>没有可撤销的操作</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Redo %1</source>
            <translation>重做%1(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Redo: %1</source>
            <translation>重做：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing to redo</source>
            <translation>没有可重做的操作</translation>
        </message>
        <message>
            <location line="+85" />
            <location line="+11" />
            <source>Could not open the scenario</source>
            <translation>无法打开场景</translation>
        </message>
        <message>
            <location line="-10" />
            <source>%1

Your current scenario is unchanged.</source>
            <translation>%1

您当前的场景未受影响。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>wxdesk cannot compute an answer for “%1” with the figures it sets (%2). Correct those figures in the file, or open another one.

Your current scenario is unchanged.</source>
            <translation>wxdesk 无法用“%1”中设定的数据算出结果（%2）。请在文件中改正这些数据，或打开其他文件。

您当前的场景保持不变。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Opened %1</source>
            <translation>已打开 %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Could not open the example</source>
            <translation>无法打开示例</translation>
        </message>
        <message>
            <location line="+91" />
            <source>The example “%1” could not be opened: its file, which comes with wxdesk, is missing or damaged. Installing wxdesk again puts it back.</source>
            <translation>无法打开示例“%1”：wxdesk 自带的示例文件缺失或已损坏。重新安装 wxdesk 即可恢复。</translation>
        </message>
        <message>
            <location line="-84" />
            <source>Opened the example “%1”; Save keeps your copy, the example stays as it was.</source>
            <translation>已打开示例“%1”；保存时会另存您的副本，示例本身保持不变。</translation>
        </message>
        <message>
            <location line="-353" />
            <location line="+401" />
            <source>Could not save the scenario</source>
            <translation>无法保存场景</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The bundled examples are kept as they are; save your scenario under another name.</source>
            <translation>内置示例保持不变；请用其他名称保存您的场景。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
    </context>
    <context>
        <name>FileProblems</name>
        <message>
            <location filename="../../wxdesk/words/file_problems.py" line="+30" />
            <source>wxdesk cannot use “%1”. Choose another file.</source>
            <translation>wxdesk 无法使用“%1”。请选择其他文件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“%1” has a section named “%2”, which a data pack does not hold. Correct or remove it, and import the file again.</source>
            <translation>“%1”中有名为“%2”的部分，而数据包中没有这一部分。请更正或删除它，然后重新导入。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” cannot be used: its entry “%2” holds a name wxdesk does not know. Did you mean “%3”? Correct it, and import the file again.</source>
            <translation>无法使用“%1”：其中“%2”一项包含 wxdesk 无法识别的名称。您是想写“%3”吗？请更正后重新导入。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“%1” cannot be used: it lacks the figure “%2”, which wxdesk needs. Its entry “%3” may be that figure with its name misspelt: correct the name, and import the file again.</source>
            <translation>无法使用“%1”：其中缺少 wxdesk 需要的数据“%2”。其中的“%3”一项可能就是这项数据，只是名称拼错了：请更正名称后重新导入。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>“%1” is not there any more: it may have been moved, renamed or deleted. Choose it again from where it is now.</source>
            <translation>找不到“%1”：它可能已被移动、重命名或删除。请到它现在所在的位置重新选择。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is a folder, not a file. Choose a file inside it.</source>
            <translation>“%1”是文件夹，不是文件。请选择其中的文件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“%1” is not an ordinary file but a device or another system object, so wxdesk does not open it. Choose a file instead.</source>
            <translation>“%1”不是普通文件，而是设备或其他系统对象，wxdesk 不会打开它。请改选一个文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is %2, larger than any file wxdesk opens (at most %3). Check that you chose the right file.</source>
            <translation>“%1”大小为 %2，超出 wxdesk 能打开的文件大小（最多 %3）。请确认选择的文件是否正确。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>wxdesk is not allowed to read “%1”. Copy the file into a folder of your own and open the copy, or ask whoever manages this computer for access.</source>
            <translation>wxdesk 无权读取“%1”。请把文件复制到您自己的文件夹后打开副本，或请这台电脑的管理员为您开通访问权限。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” could not be read: the disk or network drive may have failed, or the file's name or location is not valid. Try again, or copy the file somewhere else and open the copy.</source>
            <translation>无法读取“%1”：磁盘或网络驱动器可能出现故障，或文件名称、位置无效。请重试，或把文件复制到其他位置后打开副本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is not a wxdesk scenario: it is not a text file. Choose a scenario file (.json) saved by wxdesk.</source>
            <translation>“%1”不是 wxdesk 场景：它不是文本文件。请选择由 wxdesk 保存的场景文件（.json）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is saved as UTF-16 text, which wxdesk does not read. Save it again as UTF-8 (in Notepad: Save As, then Encoding: UTF-8), and open it again.</source>
            <translation>“%1”以 UTF-16 编码保存，wxdesk 无法读取。请将其另存为 UTF-8（在记事本中：另存为，编码选择 UTF-8），然后再次打开。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is saved in an encoding other than UTF-8 (such as GBK, Notepad's “ANSI”), which wxdesk does not read. Save it again as UTF-8 (in Notepad: Save As, then Encoding: UTF-8), and open it again.</source>
            <translation>“%1”以 UTF-8 以外的编码保存（例如 GBK，即记事本中的“ANSI”），wxdesk 无法读取。请将其另存为 UTF-8（在记事本中：另存为，编码选择 UTF-8），然后再次打开。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“%1” is empty: it may not have been saved completely. Open another copy of the scenario.</source>
            <translation>“%1”是空文件：它可能没有完整保存。请打开该场景的其他副本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is damaged or is not a wxdesk scenario: its text breaks off or goes wrong near line %2. Open another copy of the scenario, or a file saved by wxdesk.</source>
            <translation>“%1”已损坏，或不是 wxdesk 场景：其内容在第 %2 行附近中断或出错。请打开该场景的其他副本，或由 wxdesk 保存的文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is damaged or is not a wxdesk scenario. Open another copy of the scenario, or a file saved by wxdesk.</source>
            <translation>“%1”已损坏，或不是 wxdesk 场景。请打开该场景的其他副本，或由 wxdesk 保存的文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is not a wxdesk scenario: it holds other data. Choose a scenario file saved by wxdesk.</source>
            <translation>“%1”不是 wxdesk 场景：其中是其他数据。请选择由 wxdesk 保存的场景文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” was saved by a newer version of wxdesk. Update wxdesk to open it.</source>
            <translation>“%1”是由更新版本的 wxdesk 保存的。请更新 wxdesk 后再打开。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“%1” cannot be opened: its value for “%2” is not one wxdesk can use. The file may have been edited by hand; correct that value, or open another copy.</source>
            <translation>无法打开“%1”：其中“%2”的值 wxdesk 无法使用。该文件可能被手动修改过；请更正这个值，或打开其他副本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” cannot be opened: it gives “%2” twice, so wxdesk cannot tell which is meant. The file may have been edited by hand; remove the one not meant, or open another copy.</source>
            <translation>无法打开“%1”：其中“%2”出现了两次，wxdesk 无法判断以哪个为准。该文件可能被手动修改过；请删除多余的一项，或打开另一份副本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” cannot be opened: it has no value for “%2”. The file may have been edited by hand or cut short; open another copy.</source>
            <translation>无法打开“%1”：其中缺少“%2”的值。该文件可能被手动修改过或内容不完整；请打开其他副本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” cannot be opened: it holds “%2”, which is not part of a wxdesk scenario. The file may have been edited by hand; remove that entry, or open another copy.</source>
            <translation>无法打开“%1”：其中的“%2”不属于 wxdesk 场景。该文件可能被手动修改过；请删除这一项，或打开其他副本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” changes the figure “%2”, which the data pack in use does not have. Use the data pack the scenario was saved with, or remove that change from the file.</source>
            <translation>“%1”修改了数据“%2”，但当前使用的数据包中没有这项数据。请改用保存该场景时所用的数据包，或从文件中删除这项修改。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is damaged or is not a wxdesk data pack. Choose the data pack file (.toml) you were sent, or ask for a new copy.</source>
            <translation>“%1”已损坏，或不是 wxdesk 数据包。请选择您收到的数据包文件（.toml），或索取一份新的副本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is empty: it may not have been saved or copied completely. Choose the data pack file (.toml) you were sent, or ask for a new copy.</source>
            <translation>“%1”是空文件：它可能没有完整保存或复制。请选择您收到的数据包文件（.toml），或索取一份新的副本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” has a section named “%2”, which a data pack does not hold. Did you mean “%3”? Correct the name, and import the file again.</source>
            <translation>“%1”中有名为“%2”的部分，而数据包中没有这一部分。您是想写“%3”吗？请更正名称后重新导入。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” cannot be used: its entry “%2” is incomplete or holds a value wxdesk does not accept. Correct it and import the file again, or ask whoever sent the pack for a corrected one.</source>
            <translation>无法使用“%1”：其中“%2”一项不完整，或包含 wxdesk 不接受的值。请更正后重新导入，或请数据包的提供者发送更正后的版本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” cannot be used: its entry “%2” holds “%3”, a name wxdesk does not know. Correct or remove it, and import the file again.</source>
            <translation>无法使用“%1”：其中“%2”一项包含 wxdesk 无法识别的名称“%3”。请更正或删除后重新导入。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” cannot be used: its change “%2” is dated %3, later than the pack itself. A change is dated by the release that made it: correct the date, or ask whoever sent the pack for a corrected one.</source>
            <translation>无法使用“%1”：其中的变更“%2”日期为 %3，晚于数据包本身的发布日期。变更的日期应是带来这项变更的那次发布的日期：请更正日期，或向数据包的提供者索取更正后的版本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” cannot be used: it lacks the figure “%2”, which wxdesk needs. Ask whoever sent the pack for a complete one.</source>
            <translation>无法使用“%1”：其中缺少 wxdesk 需要的数据“%2”。请向数据包的提供者索取完整的版本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is dated %2, older than the data pack that comes with wxdesk (%3), so wxdesk keeps the newer figures. Nothing needs to be done.</source>
            <translation>“%1”的日期为 %2，早于 wxdesk 自带的数据包（%3），因此 wxdesk 继续使用较新的数据。您无需任何操作。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is a data pack made for a newer version of wxdesk, which this one cannot read. Update wxdesk, and import the file again.</source>
            <translation>“%1”是由更新版本的 wxdesk 制作的数据包，当前版本无法读取。请更新 wxdesk，然后重新导入该文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is dated %2, later than today. Check the date on this computer, or ask whoever sent the pack for a corrected one.</source>
            <translation>“%1”的日期为 %2，晚于今天。请检查这台电脑的日期，或请数据包的提供者发送更正后的版本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” cannot be used: with its figures, wxdesk cannot work out an answer. Ask whoever sent the pack for a corrected one.</source>
            <translation>无法使用“%1”：用其中的数据，wxdesk 无法得出结果。请数据包的提供者发送更正后的版本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>wxdesk could not copy “%1” into its own folder: the disk may be full or read-only. Free some disk space, and import the file again.</source>
            <translation>wxdesk 无法把“%1”复制到自己的文件夹：磁盘可能已满或为只读。请释放一些磁盘空间后重新导入。</translation>
        </message>
    </context>
    <context>
        <name>FlipPointLabels</name>
        <message>
            <location filename="../../wxdesk/ui/flip_labels.py" line="+170" />
            <source>Found by evaluating the scenario again with only this value changed, within everything a scenario allows.</source>
            <translation>在场景允许的范围内，仅改变这一数值并重新评估场景得出。</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location filename="../../wxdesk/ui/help.py" line="+51" />
            <source>wxdesk User Guide</source>
            <translation>wxdesk 使用指南</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User guide</source>
            <translation>使用指南</translation>
        </message>
    </context>
    <context>
        <name>HelpGuide</name>
        <message>
            <location line="+33" />
            <source>User &amp;Guide</source>
            <translation>使用指南(&amp;G)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the numbers mean, how to present, and how wxdesk decides (F1)</source>
            <translation>数字的含义、如何演示以及 wxdesk 如何做出判断（F1）</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../wxdesk/ui/main_window.py" line="+571" />
            <source>There is no answer to export or copy: wxdesk cannot compute one with these figures. Correct them, or undo the last change, first.</source>
            <translation>没有可导出或复制的结果：wxdesk 无法用这些数值算出结果。请先更正这些数值，或撤销上一次更改。</translation>
        </message>
        <message>
            <location line="+106" />
            <source>%1: %2, plan score %3 out of 100.</source>
            <translation>%1：%2，方案得分 %3（满分 100）。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Summary copied to the clipboard.</source>
            <translation>摘要已复制到剪贴板。</translation>
        </message>
        <message>
            <location line="+14" />
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
            <translation>转到单次使用时长(&amp;S)</translation>
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
            <location line="+5" />
            <source>Replace the scenario with one of the bundled example businesses</source>
            <translation>用内置的示例企业替换当前场景</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NATIVE APP OR MINI PROGRAM?</source>
            <translation>原生应用还是小程序？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Data pack of %1</source>
            <translation>数据包：%1</translation>
        </message>
        <message>
            <location line="+95" />
            <source>About wxdesk</source>
            <translation>关于 wxdesk</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;wxdesk %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;wxdesk %1&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How a business should reach Chinese customers on WeChat: which account types to open, and whether to build a Mini Program or a native app.

%1
Every number shows its source.</source>
            <translation>帮助企业决定如何在微信上触达中国客户：开通哪些账号类型，开发小程序还是原生应用。

%1
每个数字都注明来源。</translation>
        </message>
    </context>
    <context>
        <name>PackChanges</name>
        <message>
            <location filename="../../wxdesk/words/pack_moves.py" line="+122" />
            <source>%1 Why it matters: %2</source>
            <translation>%1 影响：%2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No changes.</source>
            <translation>无变化。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>figures</source>
            <translation>数据</translation>
        </message>
        <message>
            <location line="+0" />
            <source>rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>presences</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="+0" />
            <source>goals</source>
            <translation>目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>needs</source>
            <translation>需求</translation>
        </message>
        <message>
            <location line="+0" />
            <source>kinds of business</source>
            <translation>主体类型</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1  (effective %2)</source>
            <translation>%1（%2 起生效）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>every scenario</source>
            <translation>所有场景</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Concerns: %1</source>
            <translation>涉及：%1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No changes: this file was saved with the data pack of {saved}, newer than the one in use ({released}).</source>
            <translation>无变化：此文件保存时使用的是 {saved}的数据包，比当前使用的数据包（{released}）更新。</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/pack_changes.py" line="+36" />
            <source>Saved with the data pack of %1; one change since touches this scenario.</source>
            <translation>此场景保存时使用的是%1的数据包；此后有 1 项变更与此场景有关。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved with the data pack of %1; %2 changes since touch this scenario.</source>
            <translation>此场景保存时使用的是%1的数据包；此后有 %2 项变更与此场景有关。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>One more change touches this scenario without moving its answer: Show Details lists it.</source>
            <translation>另有 1 项变更与此场景有关，但没有改变其结果：点“显示详情”查看。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 more changes touch this scenario without moving its answer: Show Details lists them.</source>
            <translation>另有 %1 项变更与此场景有关，但没有改变其结果：点“显示详情”查看。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>What changed since this scenario was saved</source>
            <translation>此场景保存后有哪些变化</translation>
        </message>
    </context>
    <context>
        <name>PackMoves</name>
        <message>
            <location filename="../../wxdesk/words/pack_moves.py" line="-146" />
            <source>{presence}'s fit rose from {before} to {after}</source>
            <translation>{presence}的适配度由 {before} 升至 {after}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{presence}'s fit fell from {before} to {after}</source>
            <translation>{presence}的适配度由 {before} 降至 {after}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{presence} is new, with a fit of {fit}, and joins the plan</source>
            <translation>新增{presence}，适配度 {fit}，已纳入方案</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{presence} is new, with a fit of {fit}, and stays out of the plan</source>
            <translation>新增{presence}，适配度 {fit}，未纳入方案</translation>
        </message>
        <message>
            <location line="+10" />
            <source>over one year</source>
            <translation>一年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>over {years} years</source>
            <translation>{years} 年</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the likely cost {span} rose from {before} to {after}</source>
            <translation>{span}预计成本由 {before} 升至 {after}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the likely cost {span} fell from {before} to {after}</source>
            <translation>{span}预计成本由 {before} 降至 {after}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the likely cost {span} rose by {by}, to {after}</source>
            <translation>{span}预计成本增加 {by}，达 {after}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the likely cost {span} fell by {by}, to {after}</source>
            <translation>{span}预计成本减少 {by}，为 {after}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>the plan changed from {before} to {after}</source>
            <translation>方案由“{before}”变为“{after}”</translation>
        </message>
        <message>
            <location line="-3" />
            <source>without it the plan would be {before}</source>
            <translation>没有这项变化，方案将是“{before}”</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the plan stays {plan}</source>
            <translation>方案仍为“{plan}”</translation>
        </message>
        <message>
            <location line="+30" />
            <source>With the data pack of {now} rather than {then}: {moves}.</source>
            <translation>按{now}的数据包（而非{then}的）：{moves}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>With the data pack of {now} rather than the one in use on {then}: {moves}.</source>
            <translation>按{now}的数据包（而非{then}时在用的数据包）：{moves}。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not counted here: one of the changes below, to wxdesk's rules or texts rather than a figure, whose older form cannot be put back to compare.</source>
            <translation>此处未计入下列变更中的 1 项：它修改的是 wxdesk 的规则或文字而非数据，无法还原旧版本来比较。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not counted here: {count} of the changes below, to wxdesk's rules or texts rather than a figure, whose older form cannot be put back to compare.</source>
            <translation>此处未计入下列变更中的 {count} 项：它们修改的是 wxdesk 的规则或文字而非数据，无法还原旧版本来比较。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>For this scenario: no fit, plan or cost moved.</source>
            <translation>对此场景：适配度、方案和成本均无变化。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For this scenario: {moves}.</source>
            <translation>对此场景：{moves}。</translation>
        </message>
    </context>
    <context>
        <name>PlanArea</name>
        <message>
            <location filename="../../wxdesk/ui/plan_view.py" line="+206" />
            <source>%1 over %2 years</source>
            <translation>%2 年共 %1</translation>
        </message>
        <message>
            <location line="-1" />
            <source>%1 (%3)</source>
            <translation>%1（%3）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 over %2 years (%3)</source>
            <translation>%2 年共 %1（%3）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Adds %1; drops %2</source>
            <translation>增加%1；去掉%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Adds %1</source>
            <translation>增加%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drops %1</source>
            <translation>去掉%1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>first year %1</source>
            <translation>首年 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>first year %1 (%2)</source>
            <translation>首年 %1（%2）</translation>
        </message>
        <message>
            <location line="+639" />
            <source>THE PLAN AND ITS ALTERNATIVES · COST OVER %1 YEARS</source>
            <translation>推荐方案及备选方案 · %1 年成本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>THE PLAN · COST OVER %1 YEARS</source>
            <translation>推荐方案 · %1 年成本</translation>
        </message>
        <message>
            <location line="+8" />
            <source>First alternative, a close call: %1</source>
            <translation>备选一（难分高下）：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First alternative: %1</source>
            <translation>备选一：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>First alternative, a close call: %1; second: %2</source>
            <translation>备选一（难分高下）：%1；备选二：%2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First alternative: %1; second: %2</source>
            <translation>备选一：%1；备选二：%2</translation>
        </message>
    </context>
    <context>
        <name>PlanColumn</name>
        <message>
            <location line="-269" />
            <source>THE PLAN</source>
            <translation>推荐方案</translation>
        </message>
        <message>
            <location line="+0" />
            <source>FIRST ALTERNATIVE</source>
            <translation>备选一</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SECOND ALTERNATIVE</source>
            <translation>备选二</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 · PLAN SCORE %2</source>
            <translation>%1 · 方案得分 %2</translation>
        </message>
    </context>
    <context>
        <name>PlanSummary</name>
        <message>
            <location filename="../../wxdesk/words/steps.py" line="+98" />
            <source>All of it: %1.</source>
            <translation>全部用于%1。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Over {years} years: {parts}.</source>
            <translation>{years} 年成本构成：{parts}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Over {years} years: {parts}, each rounded on its own.</source>
            <translation>{years} 年成本构成：{parts}（各项分别取整）。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Over {years} years, mostly {part} ({amount}).</source>
            <translation>{years} 年中大部分用于{part}（{amount}）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The largest part over {years} years: {part} ({amount}).</source>
            <translation>{years} 年中最大一项：{part}（{amount}）。</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/plan_view.py" line="-162" />
            <location filename="../../wxdesk/words/summary.py" line="+168" />
            <source>The plan: %1</source>
            <translation>推荐方案：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../wxdesk/words/summary.py" line="-30" />
            <source>Plan score: %1 out of 100</source>
            <translation>方案得分：%1（满分 100）</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The plan's own score: how well its presences together cover your goals and needs, less points for each extra presence to run, for staff time in chats, for each doubling of its first-year cost over the cheapest plan's, and more for cost beyond the budget. Each panel below shows one presence's fit on its own.</source>
            <translation>这是整个方案的得分：方案中各渠道合起来对您的目标和需求的覆盖程度，再减去扣分：每多运营一个渠道、聊天客服人力、首年成本比最便宜的方案每翻一番，都会扣分；超出预算的部分扣得更多。下方每张卡片显示的是单个渠道自身的适配度。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Likely cost: %1.</source>
            <translation>预计成本：%1。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Likely cost: %1; %2.</source>
            <translation>预计成本：%1；%2。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>These figures are set for this scenario, not taken from the data pack, and the plan is worked out with them. Click to see them in the Assumptions view (View ▸ Assumptions), where they can be reset.</source>
            <translation>这些数据为本场景单独设定，并非取自数据包，方案按这些数据计算。点击可在“假设数据”视图（视图 ▸ 假设数据）中查看，并可在那里重置。</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The plan's likely cost over the horizon, split into its parts; the bars beside it are split the same way.</source>
            <translation>方案在整个周期内的预计成本及其构成；旁边的条形图按同样方式划分。</translation>
        </message>
        <message>
            <location line="-59" />
            <source>The plan</source>
            <translation>推荐方案</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../wxdesk/ui/preferences.py" line="+70" />
            <source>Preferences</source>
            <translation>偏好设置</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Money</source>
            <translation>货币</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show amounts in:</source>
            <translation>金额显示为：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>data pack: %1 (%2)</source>
            <translation>数据包：%1（%2）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location line="+9" />
            <source>1 %1 =</source>
            <translation>1 %1 =</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amounts are stored in CNY; the currency and rates only change how they are shown.</source>
            <translation>金额均以人民币保存；货币和汇率只影响显示方式。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>System language</source>
            <translation>系统语言</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interface and handouts:</source>
            <translation>界面和客户资料：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New scenarios</source>
            <translation>新场景</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start new scenarios like the current one</source>
            <translation>新场景沿用当前场景的设置</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start new scenarios from wxdesk's defaults</source>
            <translation>新场景使用 wxdesk 的默认设置</translation>
        </message>
        <message>
            <location line="+50" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New scenarios start with a budget of %1, %2 monthly users, a horizon of %3 years and these goals: %4.</source>
            <translation>新场景的初始设置：预算 %1，月活用户 %2，规划 %3 年，目标：%4。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Presenter</source>
            <translation>方案顾问</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Company:</source>
            <translation>公司：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact:</source>
            <translation>联系方式：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>optional: your WeChat contact card as an image</source>
            <translation>可选：您的微信名片二维码图片</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>QR code image:</source>
            <translation>二维码图片：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>QR code image</source>
            <translation>二维码图片</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/features.py" line="+3" />
            <source>&amp;Preferences…</source>
            <translation>偏好设置(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>PresencePanel</name>
        <message>
            <location filename="../../wxdesk/ui/account_panel.py" line="+672" />
            <source>✓ You can publish one</source>
            <translation>✓ 可自行开发并上架</translation>
        </message>
        <message>
            <location line="-3" />
            <source>✓ You can open it</source>
            <translation>✓ 您可以开通</translation>
        </message>
        <message>
            <location line="-7" />
            <source>✕ Reaches none of your audience</source>
            <translation>✕ 触达不到您的受众</translation>
        </message>
        <message>
            <location line="+2" />
            <source>✕ Not open to %1</source>
            <translation>✕ %1不可开通</translation>
        </message>
        <message>
            <location line="+7" />
            <source>✓ Through a Chinese partner</source>
            <translation>✓ 可通过中国合作方发布</translation>
        </message>
        <message>
            <location line="+4" />
            <source>in the plan</source>
            <translation>在方案中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not in the plan</source>
            <translation>不在方案中</translation>
        </message>
        <message>
            <location line="+0" />
            <source>cannot be opened</source>
            <translation>无法开通</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit %1 out of 100, %2</source>
            <translation>适配度 %1（满分 100），%2</translation>
        </message>
        <message>
            <location line="-20" />
            <source>✓ In the plan</source>
            <translation>✓ 在方案中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can open it, and the plan holds it.</source>
            <translation>您可以开通，且方案包含它。</translation>
        </message>
        <message>
            <location line="-64" />
            <source>KEY FACTS</source>
            <translation>关键信息</translation>
        </message>
        <message>
            <location line="+134" />
            <source>Fit of %1 out of 100</source>
            <translation>%1的适配度（满分 100）</translation>
        </message>
    </context>
    <context>
        <name>PresentationMode</name>
        <message>
            <location filename="../../wxdesk/ui/presentation.py" line="+63" />
            <source>&amp;Presentation Mode</source>
            <translation>演示模式(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Present</source>
            <translation>演示</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full screen with larger type and only the sliders, panels and chart (F11; Esc leaves)</source>
            <translation>全屏显示，字体更大，只保留滑块、面板和图表（F11 进入；Esc 退出）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leave Presentation Mode</source>
            <translation>退出演示模式</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../wxdesk/ui/recovery.py" line="+192" />
            <source>Restore unsaved work?</source>
            <translation>恢复未保存的内容？</translation>
        </message>
        <message>
            <location line="+4" />
            <source>wxdesk closed before this scenario was saved. Restore it?</source>
            <translation>wxdesk 在保存此场景前关闭了。要恢复吗？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>wxdesk closed before these scenarios were saved. Choose one to restore now; the others are offered again next time.</source>
            <translation>wxdesk 在保存这些场景前关闭了。请选择一个现在恢复；其余的会在下次启动时再次提示。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard</source>
            <translation>丢弃</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not now</source>
            <translation>暂不处理</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../wxdesk/words/figure_text.py" line="+34" />
            <location line="+9" />
            <source>a year</source>
            <translation>/年</translation>
        </message>
        <message>
            <location line="-8" />
            <source>per 1,000 views</source>
            <translation>/千次曝光</translation>
        </message>
        <message>
            <location line="+1" />
            <source>per contact a year</source>
            <translation>/联系人/年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an hour</source>
            <translation>/小时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>per install</source>
            <translation>/次安装</translation>
        </message>
        <message>
            <location line="+1" />
            <source>per user</source>
            <translation>/用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>per message</source>
            <translation>/篇</translation>
        </message>
        <message>
            <location line="+1" />
            <source>per review</source>
            <translation>/次审核</translation>
        </message>
        <message>
            <location line="+9" />
            <source>monthly users</source>
            <translation>月活用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>on a log scale of users</source>
            <translation>（按用户数对数计）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>on a log scale of minutes</source>
            <translation>（按分钟数对数计）</translation>
        </message>
        <message>
            <location filename="../../wxdesk/report/assumptions.py" line="+39" />
            <source>Fees</source>
            <translation>费用</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Content</source>
            <translation>内容制作</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Winning and reaching users</source>
            <translation>获客与触达</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Launch timeline</source>
            <translation>上线时间线</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exchange rates</source>
            <translation>汇率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audience size</source>
            <translation>用户规模</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How wxdesk weighs fit (its own estimates)</source>
            <translation>wxdesk 如何衡量适配度（自有估算）</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Set for this scenario</source>
            <translation>本场景单独设定</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{own} (the data pack: {value}, {source}, {date})</source>
            <translation>{own}（数据包：{value}，{source}，{date}）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{range} (average {average})</source>
            <translation>{range}
（平均 {average}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{pack}; these pages use your own rate, {own}</source>
            <translation>{pack}；本文件按您自己设定的汇率 {own} 换算</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/sources.py" line="+46" />
            <source>wxdesk estimate</source>
            <translation>wxdesk 估算</translation>
        </message>
        <message>
            <location line="+8" />
            <source>wxdesk estimate, based on %1</source>
            <translation>wxdesk 估算，依据：%1</translation>
        </message>
        <message>
            <location filename="../../wxdesk/report/handout.py" line="+134" />
            <source>WeChat plan for {client}</source>
            <translation>{client}微信方案</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Page {number} of {total}</source>
            <translation>第 {number} 页，共 {total} 页</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Prepared for</source>
            <translation>致</translation>
        </message>
        <message>
            <location filename="../../wxdesk/report/answer.py" line="+333" />
            <source>How to reach your customers on WeChat</source>
            <translation>如何在微信上触达您的客户</translation>
        </message>
        <message>
            <location filename="../../wxdesk/report/handout.py" line="+89" />
            <source>Presented by {presenter}</source>
            <translation>方案顾问：{presenter}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Our recommendation</source>
            <translation>我们的建议</translation>
        </message>
        <message>
            <location line="+109" />
            <source>{percentiles} Low and high years do not add up to their totals, since each is a percentile of its own.</source>
            <translation>{percentiles}各年的低值、高值均单独按百分位计算，因此逐年相加不等于合计。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Recommended</source>
            <translation>推荐</translation>
        </message>
        <message>
            <location line="-58" />
            <source>Year {n}</source>
            <translation>第 {n} 年</translation>
        </message>
        <message>
            <location line="-3" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location line="+0" />
            <source>likely</source>
            <translation>预计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location line="-186" />
            <source>Prepared for {client}</source>
            <translation>致：{client}</translation>
        </message>
        <message>
            <location line="+88" />
            <source>Figures valid until {date}</source>
            <translation>数据有效期至 {date}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Likely cost over {years} years</source>
            <translation>{years} 年预计成本</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Range over {years} years</source>
            <translation>{years} 年成本区间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Likely cost in the first year</source>
            <translation>首年预计成本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan score out of 100</source>
            <translation>方案得分（满分 100）</translation>
        </message>
        <message>
            <location line="+33" />
            <source>What each presence does</source>
            <translation>各渠道的分工</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Why this plan</source>
            <translation>为什么选这个方案</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../wxdesk/words/summary.py" line="+42" />
            <source>{presence}: {reason}</source>
            <translation>{presence}：{reason}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The plan in detail: {plan}</source>
            <translation>方案详情：{plan}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{years} years in all</source>
            <translation>{years} 年合计</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The likely cost takes every figure at its average, given in the appendix beside its range, so each part of the cost is the appendix's averages multiplied out. Low and high are the {low:g}th and {high:g}th percentiles of {samples} simulated outcomes.</source>
            <translation>预计值按每项数据的平均值计算（附录中列在其区间旁），因此每一项成本都可以用附录中的平均值相乘核对。低值和高值是 {samples} 次模拟结果的第 {low:g} 和第 {high:g} 百分位。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{note} The likely years add up to their total before rounding; as printed, each rounded on its own, they may differ from it by a rounding.</source>
            <translation>{note}各年预计值取整前相加等于总额；印出的数字各自取整，相加可能与总额相差一个取整误差。</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Score {score} out of 100</source>
            <translation>得分 {score}（满分 100）</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../wxdesk/share/image.py" line="+282" />
            <source>{likely} over {years} years</source>
            <translation>{years} 年预计 {likely}</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../wxdesk/share/image.py" line="+1" />
            <source>{likely} over {years} years ({range})</source>
            <translation>{years} 年预计 {likely}（{range}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{first} in the first year</source>
            <translation>首年 {first}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The highest score of every plan considered</source>
            <translation>在所有候选方案中得分最高</translation>
        </message>
        <message>
            <location line="+40" />
            <source>What the costs are made of</source>
            <translation>成本构成</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Likely cost over {years} years by part, in {currency}; the parts add up to each plan's total, and the amounts in the key are the recommended plan's.</source>
            <translation>{years} 年预计成本按类别拆分，单位：{currency}；各部分相加即为各方案总额，图例中的金额为推荐方案的金额。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Likely cost over {years} years by part, in {currency}; the parts add up to each plan's total, and the amounts in the key are the recommended plan's, each rounded on its own, so that as printed they may differ from its total by a rounding.</source>
            <translation>{years} 年预计成本按类别拆分，单位：{currency}；各部分相加即为各方案总额，图例中的金额为推荐方案的金额，每项单独取整，印出的数字相加可能与总额相差一个取整误差。</translation>
        </message>
        <message>
            <location line="+139" />
            <source>Dates marked {mark}: the source is more than {years} years old, so the figure may be out of date.</source>
            <translation>标 {mark} 的日期：来源已超过 {years} 年，该数据可能已过时。</translation>
        </message>
        <message>
            <location line="+59" />
            <source>These are estimates for planning, not quotes or legal advice. Costs are worked out from the ranges in the data pack and those set for this scenario, and will differ with suppliers, scope and time; WeChat rules change, so check the current rules before you register an account or sign a contract.</source>
            <translation>以上为规划用估算，并非报价或法律意见。成本根据数据包中的区间及本场景单独设定的区间估算得出，会因供应商、范围和时间而不同；微信规则会变化，注册账号或签订合同前请核实最新规则。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>These are estimates for planning, not quotes or legal advice. Costs are worked out from the ranges in the data pack and will differ with suppliers, scope and time; WeChat rules change, so check the current rules before you register an account or sign a contract.</source>
            <translation>以上为规划用估算，并非报价或法律意见。成本根据数据包中的区间估算得出，会因供应商、范围和时间而不同；微信规则会变化，注册账号或签订合同前请核实最新规则。</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/acquisition.py" line="+97" />
            <source>each won through WeChat ads at {price} on average</source>
            <translation>均通过微信广告获取，平均每人 {price}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>each won as an app install at {price} on average ({install} an install, divided by the {conversion} who install from the store page and the {opened} who open it)</source>
            <translation>均以应用安装获取，平均每人 {price}（每次安装 {install}，除以在应用商店页面完成安装的 {conversion} 和安装后打开的 {opened}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>each won at {price} on average ({share} through WeChat ads at {wechat}, the rest as app installs at {install} an install, divided by the {conversion} who install from the store page and the {opened} who open it)</source>
            <translation>平均每人 {price}（{share} 通过微信广告获取，每人 {wechat}；其余以应用安装获取，每次安装 {install}，除以在应用商店页面完成安装的 {conversion} 和安装后打开的 {opened}）</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Your users are your own staff: none is won through ads, so the plans hold no user acquisition.</source>
            <translation>您的用户就是您自己的员工：无需通过广告获取，因此各方案不含获客成本。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your users are your own staff, whom no ad wins: the plans hold no user acquisition, whatever share of users you set as won through ads.</source>
            <translation>您的用户是自己的员工，广告无法带来员工：无论您把“通过广告获取的用户比例”设为多少，各方案都不含获客成本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No user is won through ads: all come on their own ({sources}), so the plans hold no user acquisition.</source>
            <translation>没有用户通过广告获取：用户全部来自自然流量（{sources}），因此各方案不含获客成本。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>User acquisition assumes {share} of your users are won through ads; the rest come on their own ({sources}).</source>
            <translation>获客成本假设 {share} 的用户来自广告投放，其余为自然流量（{sources}）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>User acquisition assumes {share} of your users are won through ads: {start} at the start and {again} a year to win back those who leave ({rate} a year for each user kept)</source>
            <translation>获客成本假设 {share} 的用户来自广告投放：起步时 {start} 人，此后每年再获取 {again} 人以补回流失的用户（每保持一名用户每年 {rate} 人）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User acquisition assumes {share} of the {reached} users the plan reaches are won through ads: {start} at the start and {again} a year to win back those who leave ({rate} a year for each user kept)</source>
            <translation>获客成本假设方案覆盖的 {reached} 名用户中有 {share} 来自广告投放：起步时 {start} 人，此后每年再获取 {again} 人以补回流失的用户（每保持一名用户每年 {rate} 人）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{first} in the first year and {later} in each later year, {total} over {years} years</source>
            <translation>首年 {first}，此后每年 {later}，{years} 年共 {total}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{first} in the year</source>
            <translation>这一年共 {first}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rest come on their own ({sources}).</source>
            <translation>其余用户为自然流量（{sources}）。</translation>
        </message>
        <message>
            <location line="-45" />
            <source>app stores, search, QR codes, word of mouth</source>
            <translation>应用商店、搜索、扫码、口碑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>search, QR codes, word of mouth</source>
            <translation>搜索、扫码、口碑</translation>
        </message>
        <message>
            <location line="+45" />
            <source>{lead}, {price} — {amounts}.</source>
            <translation>{lead}，{price}——{amounts}。</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/words.py" line="-246" />
            <source>yuan (¥)</source>
            <translation>人民币（¥）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>US dollars ($)</source>
            <translation>美元（$）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>euros (€)</source>
            <translation>欧元（€）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>1 {code} = {rate} CNY</source>
            <translation>1 {code} = {rate} 元人民币</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{currency} at {rate}</source>
            <translation>{currency}，按 {rate}换算</translation>
        </message>
        <message>
            <location filename="../../wxdesk/report/handout.py" line="-135" />
            <location filename="../../wxdesk/words/summary.py" line="+34" />
            <source>Every presence and its fit</source>
            <translation>各渠道及其适配度</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Each presence's fit for your goals and needs on its own, out of 100; the plan's score above is for the presences together.</source>
            <translation>每个渠道单独满足您目标和需求的适配度（满分 100）；上文的方案得分针对各渠道组合。</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/words.py" line="+64" />
            <source>In the plan</source>
            <translation>在方案中</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reaches none of your audience</source>
            <translation>触达不到您的受众</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not open to %1</source>
            <translation>%1不可开通</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Not in the plan</source>
            <translation>不在方案中</translation>
        </message>
        <message>
            <location filename="../../wxdesk/report/handout.py" line="+49" />
            <source>What would change the answer</source>
            <translation>什么情况会改变结论</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each line moves one input with the others held where they are.</source>
            <translation>每一条只改变一项输入，其余保持不变。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Appendix: the figures used, with sources</source>
            <translation>附录：所用数据及来源</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Every figure comes from the wxdesk data pack of {released}, except those marked *, which were set for this scenario. Ranges are low – most common – high. The likely costs and weeks take each figure at its average, given after its range, not at its most common value.</source>
            <translation>除标 * 的数据为本场景单独设定外，所有数据均来自 {released} 的 wxdesk 数据包。区间按“低 – 最常见 – 高”列出。预计成本和预计周数按每项数据的平均值（列在区间之后）计算，而非最常见值。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every figure comes from the wxdesk data pack of {released}. Ranges are low – most common – high. The likely costs and weeks take each figure at its average, given after its range, not at its most common value.</source>
            <translation>所有数据均来自 {released} 的 wxdesk 数据包。区间按“低 – 最常见 – 高”列出。预计成本和预计周数按每项数据的平均值（列在区间之后）计算，而非最常见值。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Amounts are in {currency}, converted at 1 {code} = {rate} CNY.</source>
            <translation>金额均以{currency}计，按 1 {code} = {rate} 元人民币换算。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="-288" />
            <source>Cost per year (low, likely and high)</source>
            <translation>每年成本（低、预计、高）</translation>
        </message>
        <message>
            <location line="-19" />
            <location filename="../../wxdesk/words/summary.py" line="+11" />
            <source>Points to watch</source>
            <translation>注意事项</translation>
        </message>
        <message>
            <location line="+76" />
            <source>The plan and its alternatives side by side</source>
            <translation>推荐方案与备选方案对比</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../wxdesk/ui/main_window.py" line="-155" />
            <location filename="../../wxdesk/words/summary.py" line="-20" />
            <source>First alternative</source>
            <translation>备选一</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../wxdesk/ui/main_window.py" line="+0" />
            <location filename="../../wxdesk/words/summary.py" line="+0" />
            <source>Second alternative</source>
            <translation>备选二</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The highest score of every plan considered, in a close call with the first alternative</source>
            <translation>在所有候选方案中得分最高，但与备选一难分高下</translation>
        </message>
        <message>
            <location line="+204" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Figure</source>
            <translation>数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+20" />
            <source>About this handout</source>
            <translation>关于本资料</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/steps.py" line="-93" />
            <location line="+17" />
            <source>Build</source>
            <translation>开发</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maintenance and content</source>
            <translation>维护与内容</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Servers</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User acquisition</source>
            <translation>获客</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid reach</source>
            <translation>付费触达</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/summary.py" line="-110" />
            <source>A close call: {plan} scores a hair below this plan, nearer than the model's estimates can tell apart; weigh both.</source>
            <translation>两者难分高下：“{plan}”方案的得分仅比推荐方案略低，差距小于模型估算所能区分的程度；两者都值得考虑。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A close call: {plan} scores {score} against this plan's {best}, nearer than the model's estimates can tell apart; weigh both.</source>
            <translation>两者难分高下：“{plan}”方案得分 {score}，推荐方案为 {best}，差距小于模型估算所能区分的程度；两者都值得考虑。</translation>
        </message>
        <message>
            <location filename="../../wxdesk/report/answer.py" line="-114" />
            <source>the cheaper way in for users won through ads: {with_it} per acquired user with it, {without} without it</source>
            <translation>更便宜的付费获客入口：有它时每位付费获客成本平均 {with_it}，没有它时 {without}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the cheaper way in for users won through ads</source>
            <translation>更便宜的付费获客入口</translation>
        </message>
        <message>
            <location line="+2" />
            <source>support beside presences that carry each goal better</source>
            <translation>配合其他更擅长各项目标的渠道</translation>
        </message>
        <message>
            <location line="+2" />
            <source>suiting your session length and audience size</source>
            <translation>适合您的使用时长和用户规模</translation>
        </message>
        <message>
            <location line="+78" />
            <source>In the plan for: {duties}</source>
            <translation>在方案中负责：{duties}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>How to reach your staff</source>
            <translation>如何触达您的员工</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How to reach your customers</source>
            <translation>如何触达您的客户</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+2" />
            <source>We recommend {plan}.</source>
            <translation>推荐方案：{plan}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>We recommend no WeChat presence for now.</source>
            <translation>我们建议暂不开设微信渠道。</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/summary.py" line="-18" />
            <source>Likely {likely} over {years} years.</source>
            <translation>{years} 年总成本预计 {likely}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Likely {likely} over {years} years ({range}).</source>
            <translation>{years} 年总成本预计 {likely}（{range}）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Likely {likely} over {years} years; {first} in the first year.</source>
            <translation>{years} 年总成本预计 {likely}，其中首年约 {first}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Likely {likely} over {years} years ({range}); {first} in the first year.</source>
            <translation>{years} 年总成本预计 {likely}（{range}），其中首年约 {first}。</translation>
        </message>
        <message>
            <location filename="../../wxdesk/report/answer.py" line="-25" />
            <source>How to reach your staff on WeChat</source>
            <translation>如何在微信上触达您的员工</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/timeline.py" line="+41" />
            <source>Live in about a week from the start of work.</source>
            <translation>项目启动后约 1 周上线。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Live in about {likely} weeks from the start of work.</source>
            <translation>项目启动后约 {likely} 周上线。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Live in about a week (a few days to {high} weeks) from the start of work.</source>
            <translation>项目启动后约 1 周上线（快则数天，慢则约 {high} 周）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Live in about {likely} weeks (a few days to {high}) from the start of work.</source>
            <translation>项目启动后约 {likely} 周上线（快则数天，慢则约 {high} 周）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Live in about a week ({low} to {high} weeks) from the start of work.</source>
            <translation>项目启动后约 1 周上线（{low} 至 {high} 周）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Live in about {likely} weeks ({low} to {high}) from the start of work.</source>
            <translation>项目启动后约 {likely} 周上线（{low} 至 {high} 周）。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Likely in time for {date}, the date you must be live by: likely live on {likely}, though not at the slowest (live on {slowest}).</source>
            <translation>很可能赶上您设定的上线日期 {date}：预计 {likely}上线，但进度最慢时（{slowest}上线）赶不上。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In time for {date}, the date you must be live by: likely live on {likely}.</source>
            <translation>能赶上您设定的上线日期 {date}：预计 {likely}上线。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Likely too late for {date}, the date you must be live by: likely live on {likely}.</source>
            <translation>很可能赶不上您设定的上线日期 {date}：预计 {likely}上线。</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Too late for {date}, the date you must be live by: it has passed.</source>
            <translation>已赶不上您设定的上线日期 {date}：该日期已过。</translation>
        </message>
        <message>
            <location line="-52" />
            <source>{presence}: about {weeks} weeks</source>
            <translation>{presence}：约 {weeks} 周</translation>
        </message>
        <message>
            <location line="-1" />
            <source>{presence}: about a week</source>
            <translation>{presence}：约 1 周</translation>
        </message>
        <message>
            <location filename="../../wxdesk/report/handout.py" line="-311" />
            <source>When it can be live</source>
            <translation>何时可以上线</translation>
        </message>
        <message>
            <location filename="../../wxdesk/report/timeline_chart.py" line="+47" />
            <source>Weeks from the start of work to live, step by step, each at its average (likely); the band and whisker at each row's end run from every step at its quickest to every step at its slowest.</source>
            <translation>从项目启动到上线的周数，按步骤列出，每步取平均值（预计值）；每行末端的浅色带和误差线表示从每一步都最快到每一步都最慢的范围。</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Must be live by {date}</source>
            <translation>须在 {date}前上线</translation>
        </message>
        <message>
            <location line="+103" />
            <source>Registration, and verification where it applies</source>
            <translation>注册（适用时含认证）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>range from low to high</source>
            <translation>低值至高值范围</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/steps.py" line="-28" />
            <source>Registration and verification</source>
            <translation>注册与认证</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registration</source>
            <translation>注册</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Developer accounts</source>
            <translation>开发者账号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ICP filing</source>
            <translation>ICP 备案</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set up the rented template</source>
            <translation>配置租用的模板小程序</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the payment pages</source>
            <translation>开发支付网页</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set up the rented payment pages</source>
            <translation>配置租用的支付网页</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Platform review</source>
            <translation>平台审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Software copyright certificate</source>
            <translation>软件著作权登记（软著）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>App store review</source>
            <translation>应用商店审核</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Staff time in chats</source>
            <translation>聊天客服人力</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Platform, store and service fees</source>
            <translation>平台、应用商店与服务费用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Platform and service fees</source>
            <translation>平台与服务费用</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{part} (none in the plan)</source>
            <translation>{part}（推荐方案无此项）</translation>
        </message>
        <message>
            <location line="+18" />
            <source>weeks</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/articles.py" line="+55" />
            <source>Of the plan's likely first-year cost of {cost}, {amount} is one article a month written for you, at {price} on average; written in-house, it would cost nothing.</source>
            <translation>方案首年预计成本 {cost} 中，{amount} 是每月 1 篇外包代写的图文，平均 {price}；如果由您自己撰写，这部分为零。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Of the plan's likely first-year cost of {cost}, {amount} is {count} articles a month written for you, at {price} each on average; written in-house, they would cost nothing.</source>
            <translation>方案首年预计成本 {cost} 中，{amount} 是每月 {count} 篇外包代写的图文，平均每篇 {price}；如果由您自己撰写，这部分为零。</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/budget_points.py" line="+90" />
            <source>The points: {per} each time its likely first-year cost doubles beyond the budget, counted from {floor}, the amount below which a budget's shortfall counts in proportion, up to the plan's {cost}; below {floor}, each {step} ({ln2} of {floor}) the budget falls short counts as one doubling.</source>
            <translation>扣分方式：首年预计成本每超出预算一倍扣 {per} 分，从 {floor}（预算缺口低于此金额时按比例计）起算，直到本方案的 {cost}；预算低于 {floor} 时，每少 {step}（{floor} 的 {ln2}）计为超出一倍。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The points: {per} each time its likely first-year cost doubles beyond the budget, where below {floor}, the amount below which a budget's shortfall counts in proportion, each {step} ({ln2} of {floor}) by which the budget falls short of the plan's {cost} counts as one doubling.</source>
            <translation>扣分方式：首年预计成本每超出预算一倍扣 {per} 分；低于 {floor}（预算缺口低于此金额时按比例计）时，预算比本方案的 {cost} 每少 {step}（{floor} 的 {ln2}）计为超出一倍。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The points: {per} each time its likely first-year cost doubles beyond the budget, where below the plan's {cost}, the least first-year cost of any plan, each {step} ({ln2} of {cost}) the budget falls short counts as one doubling.</source>
            <translation>扣分方式：首年预计成本每超出预算一倍扣 {per} 分；本方案的首年预计成本 {cost} 是所有方案中最低的，预算低于它时，每少 {step}（{cost} 的 {ln2}）计为超出一倍。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The points: {per} each time its likely first-year cost doubles beyond the budget, counted from {floor}, the likely first-year cost of the cheapest plan, {cheapest}, up to the plan's {cost}; below {floor}, each {step} ({ln2} of {floor}) the budget falls short counts as one doubling.</source>
            <translation>扣分方式：首年预计成本每超出预算一倍扣 {per} 分，从最便宜的“{cheapest}”方案的首年预计成本 {floor} 起算，直到本方案的 {cost}；预算低于 {floor} 时，每少 {step}（{floor} 的 {ln2}）计为超出一倍。</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The points: {per} each time its likely first-year cost doubles beyond the budget; from the budget of {budget} to the plan's {cost}, {doublings} doublings.</source>
            <translation>扣分方式：首年预计成本每超出预算一倍扣 {per} 分；从预算 {budget} 到本方案的 {cost}，计为超出 {doublings} 倍。</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <location filename="../../wxdesk/ui/presenting.py" line="-119" />
            <source>Expor&amp;t Report…</source>
            <translation>导出客户资料(&amp;T)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save a PDF handout for the client, in the current language</source>
            <translation>以当前语言保存一份给客户的 PDF 资料</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+35" />
            <source>Export Report</source>
            <translation>导出报告</translation>
        </message>
        <message>
            <location line="-34" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The report could not be saved.</source>
            <translation>客户资料无法保存。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The report could not be saved to %1 (%2).</source>
            <translation>客户资料无法保存到 %1（%2）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The report could not be saved to %1.</source>
            <translation>客户资料无法保存到 %1。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Report saved to %1.</source>
            <translation>客户资料已保存到 %1。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No font with Chinese characters is installed, so Chinese text may show as empty boxes.</source>
            <translation>系统未安装中文字体，中文可能显示为空白方框。</translation>
        </message>
    </context>
    <context>
        <name>ScenarioControls</name>
        <message>
            <location filename="../../wxdesk/ui/controls.py" line="+892" />
            <source>%1 users</source>
            <translation>%1 人</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <location line="+54" />
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
            <location filename="../../wxdesk/ui/document.py" line="+72" />
            <source>First-year &amp;budget</source>
            <translation>首年预算(&amp;B)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly &amp;users</source>
            <translation>月活用户(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/controls.py" line="+3" />
            <source>&amp;Session length</source>
            <translation>单次使用时长(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/document.py" line="+1" />
            <source>On WeChat in mainland &amp;China</source>
            <translation>中国大陆微信用户占比(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Users won through a&amp;ds</source>
            <translation>通过广告获取的用户比例(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/controls.py" line="+5" />
            <source>Users not won through ads come on their own: search, QR codes, word of mouth, existing customers, and the app stores where the plan has an app. Lost users are won again through ads in the same share.</source>
            <translation>非广告获取的用户来自自然流量：搜索、扫码、口碑、老客户，方案含应用时还有应用商店。流失的用户按同样比例重新通过广告获取。</translation>
        </message>
        <message>
            <location line="-25" />
            <source> users/month</source>
            <translation> 人</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/document.py" line="+3" />
            <source>Must be l&amp;ive by</source>
            <translation>最晚上线日期(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/controls.py" line="+33" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source> per month</source>
            <translation> 条</translation>
        </message>
        <message>
            <location line="-33" />
            <source> years</source>
            <translation> 年</translation>
        </message>
        <message>
            <location line="-98" />
            <source>%1: “%2” does not read as one number, so it was not taken; the box still holds %3.</source>
            <translation>%1：“%2”无法读作一个数字，未采用；输入框仍为 %3。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: “%2” is below the least the box takes, so it was taken as %3.</source>
            <translation>%1：“%2”低于输入框的最小值，已按 %3 计。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: “%2” is above the most the box takes, so it was taken as %3.</source>
            <translation>%1：“%2”高于输入框的最大值，已按 %3 计。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>≈ %1</source>
            <translation>≈ %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>¥%1 is about %2 at %3 CNY per %4</source>
            <translation>¥%1 按 1 %4 = %3 元人民币换算，约合 %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 user</source>
            <translation>%1 人</translation>
        </message>
        <message>
            <location line="+47" />
            <source> user/month</source>
            <translation> 人</translation>
        </message>
        <message>
            <location line="+1" />
            <source> year</source>
            <translation> 年</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/document.py" line="-1" />
            <source>&amp;Registered as</source>
            <translation>注册主体(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/controls.py" line="+55" />
            <source>First-year budget</source>
            <translation>首年预算</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly users</source>
            <translation>月活用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session length in minutes, per visit</source>
            <translation>单次使用时长（分钟）</translation>
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
            <source>Monthly users, a number</source>
            <translation>月活用户（人数）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session length in minutes</source>
            <translation>单次使用时长（分钟）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share on WeChat in mainland China, percent</source>
            <translation>中国大陆微信用户占比（百分比）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share of users won through ads</source>
            <translation>通过广告获取的用户比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share of users won through ads, percent</source>
            <translation>通过广告获取的用户比例（百分比）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>¥10k to ¥100M on a logarithmic scale; type any amount in the box</source>
            <translation>¥1万 至 ¥1亿，对数刻度；也可以在输入框中输入任意金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>100 to 100M users on a logarithmic scale; type any number in the box</source>
            <translation>100 至 1亿用户，对数刻度；也可以在输入框中输入任意数字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>30 seconds to 2 hours on a logarithmic scale</source>
            <translation>30 秒至 2 小时，对数刻度</translation>
        </message>
        <message>
            <location line="+22" />
            <source>You publish articles or news for followers to read. Leans the plan toward the Official Account, one push a day. Not: order or service notices; how often you message is set in Messages a month.</source>
            <translation>定期发布文章或资讯给关注者阅读。方案会倾向公众号（每天可推送一次）。不是指订单或服务通知；发消息的频率在“每月消息数”中设置。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Customers book, order, ask or look things up through you. Leans the plan toward a Mini Program or a Service Account. Not: selling (tick Selling), nor your staff chatting with customers (1:1 contact).</source>
            <translation>顾客通过你预约、点单、咨询或查询。方案会倾向小程序或服务号。不是指销售（请勾选“销售”），也不是员工与顾客私聊（见“私域运营”）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Customers buy your goods or services through the plan. Leans it toward a Mini Program, a Service Account or an app. Not: taking the payment online; tick Taking payments for that.</source>
            <translation>顾客通过方案购买你的商品或服务。方案会倾向小程序、服务号或原生应用。不是指在线收款；需要收款请勾选“收款”。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You want to try an idea on real customers before investing much. Leans the plan toward a Mini Program, custom built (a rented template tests no new idea), so it may cost more. Not a budget cap.</source>
            <translation>想先用真实顾客验证一个想法，再决定是否大笔投入。方案会倾向定制开发的小程序（租用的模板无法验证新想法），费用可能反而更高。不是预算上限。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your own staff work through it: internal messages, tasks, team groups. Leans the plan toward WeCom; as the only goal, the messages go to staff. Not: staff talking to customers (1:1 contact).</source>
            <translation>供自己的员工内部办公：内部消息、任务、团队群。方案会倾向企业微信；只勾选这一项时，消息发给员工。不是指员工联系顾客（见“私域运营”）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your staff keep in touch with customers one to one and in groups, and the contacts stay with you when staff leave. Leans the plan toward WeCom, the only one with customer groups. Not: managing staff.</source>
            <translation>员工与顾客一对一联系、在客户群里沟通，员工离职后客户仍留在企业。方案会倾向企业微信（只有它能建客户群）。不是指员工管理。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You publish short videos or live streams, live selling included. Leans the plan toward Channels, and it pays for producing the videos (an individual films her own). Not: photos or text posts.</source>
            <translation>发布短视频或直播（包括直播带货）。方案会倾向视频号，并计入视频制作费用（个人自己拍摄则不计）。不是指图文内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Customers pay online through the plan (WeChat Pay in a Mini Program, a Service Account, a WeCom chat or an app); every plan must take them. Not: paying at your counter. Needs a registered business.</source>
            <translation>顾客通过方案在线付款（小程序、服务号、企业微信聊天或原生应用中的微信支付），每个方案都必须能收款。不是指门店收银。须以企业身份注册。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your customers must use it with no network connection (on a plane, in a basement). Only a native app does this; a Mini Program needs the network. Not: your physical shops.</source>
            <translation>顾客在没有网络时也要能用（如飞机上、地下室）。只有原生应用能做到，小程序需要联网。不是指线下门店。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>It must reach hardware a Mini Program cannot: classic Bluetooth or USB devices, sensors in the background. Only a native app can. Not: the camera, QR codes, location or Bluetooth LE.</source>
            <translation>需要调用小程序无法使用的硬件：经典蓝牙或 USB 设备、后台传感器等。只有原生应用能做到。不是指摄像头、扫码、定位或低功耗蓝牙，这些小程序都能用。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>It must keep working while the phone shows something else (counting steps, syncing a device). Only a native app can: a Mini Program stops soon after, audio and location aside. Not: sending messages.</source>
            <translation>手机切到别的界面后仍要继续运行（如计步、同步设备）。只有原生应用能做到：小程序离开前台后很快被挂起（音频和定位除外）。不是指发送消息。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The app itself must hold more code and assets than a Mini Program may (a game, offline maps). Only a native app can. Not: many products or users; those live on your server.</source>
            <translation>应用本身的代码和资源超过小程序的上限（如游戏、离线地图）。只有原生应用能做到。不是指商品多或用户多，这些数据存放在服务器上。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A business with a mainland China licence: a company or an individual business (个体工商户). It may register every presence and take WeChat Pay. Not: a company registered abroad.</source>
            <translation>持有中国大陆营业执照的企业或个体工商户。可以注册所有账号并接入微信支付。不是指在境外注册的公司。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You, in your own name, with no business licence. You cannot open a Service Account or WeCom, nor take payments (WeChat Pay, or for goods in an app). Not: an individual business (choose a company).</source>
            <translation>以个人名义注册，没有营业执照。不能注册服务号或企业微信，也不能收款（微信支付，或在应用中出售商品）。个体工商户请选“企业”。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A company registered outside mainland China. It cannot open an Official Account or sell through Channels, and lists an app in China only through a Chinese entity. Not: your Chinese subsidiary (a company).</source>
            <translation>在中国大陆以外注册的公司。不能注册公众号，视频号不能带货，应用须通过中国主体才能在国内上架。你的中国子公司请选“企业”。</translation>
        </message>
        <message>
            <location line="-123" />
            <source>C&amp;lient:</source>
            <translation>客户(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client's name, shown in the title bar</source>
            <translation>客户名称，显示在标题栏</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The date the plan must be live by; kept with the scenario</source>
            <translation>方案必须上线的日期；随场景一起保存</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/document.py" line="-1" />
            <source>&amp;Messages a month</source>
            <translation>每月消息数(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/controls.py" line="+7" />
            <source>H&amp;orizon</source>
            <translation>规划年限(&amp;O)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Client's name</source>
            <translation>客户名称</translation>
        </message>
    </context>
    <context>
        <name>ScenarioDocument</name>
        <message>
            <location filename="../../wxdesk/ui/document.py" line="+53" />
            <source>a calculation would divide by zero</source>
            <translation>有一项计算会除以零</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a result grows beyond any finite number</source>
            <translation>有一个结果超出了任何有限数值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the calculation nests too deeply</source>
            <translation>计算嵌套过深</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a calculation has no defined result</source>
            <translation>有一项计算没有确定的结果</translation>
        </message>
        <message>
            <location line="+4" />
            <source>wxdesk cannot compute an answer with these figures (%1). Correct the figures this scenario sets (View ▸ Assumptions) or the controls, or undo the last change.</source>
            <translation>wxdesk 无法用这些数值算出结果（%1）。请在“视图 ▸ 假设数据”或左侧控件中更正本方案设定的数值，或撤销上一次更改。</translation>
        </message>
        <message>
            <location line="+134" />
            <location filename="../../wxdesk/ui/file_actions.py" line="-378" />
            <source>Untitled scenario</source>
            <translation>未命名场景</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Change scenario</source>
            <translation>修改场景</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Change %1</source>
            <translation>修改%1</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/words.py" line="-240" />
            <source>New scenario</source>
            <translation>新场景</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Example shop</source>
            <translation>示例店铺</translation>
        </message>
    </context>
    <context>
        <name>SensitivityDock</name>
        <message>
            <location filename="../../wxdesk/ui/tornado.py" line="+901" />
            <source>Sensitivity</source>
            <translation>敏感性分析</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/features.py" line="+24" />
            <source>Se&amp;nsitivity</source>
            <translation>敏感性分析(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>SensitivityView</name>
        <message>
            <location filename="../../wxdesk/ui/tornado.py" line="-439" />
            <source>The sensitivity cannot be computed: a changed figure's range reaches a value the model cannot use (such as a rate of 0). Check the assumptions you changed.</source>
            <translation>无法计算敏感性：某项已修改数据的区间包含模型无法使用的数值（例如比率为 0）。请检查您修改过的假设数据。</translation>
        </message>
        <message>
            <location line="+338" />
            <source>A bar drawn as a short stub: that end moves the measure by less than the chart can draw.</source>
            <translation>画成一小截的条形：该端取值对所衡量结果的影响小于图表能画出的长度。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Within their ranges, none of the estimated figures moves the plan's likely cost over %2 years (%3).</source>
            <translation>在各自的取值区间内，没有任何估计数据会改变方案 %2 年的预计成本（%3）。</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Updating…</source>
            <translation>正在更新…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The plan's lead over its first alternative, in points</source>
            <translation>推荐方案领先备选一的分数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sensitivity chart</source>
            <translation>敏感性图表</translation>
        </message>
        <message>
            <location line="-131" />
            <source>⇄ Within this range the plan changes.</source>
            <translation>⇄ 在此范围内方案会改变。</translation>
        </message>
        <message>
            <location line="-19" />
            <source>the likely cost of the plan now (%1) is %2; at this value the plan becomes %3</source>
            <translation>当前方案（%1）预计成本为 %2；此时方案将变为%3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the plan's likely cost is %1</source>
            <translation>方案预计成本为 %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1; at this value the plan becomes %2</source>
            <translation>%1；此时方案将变为%2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>At its low, %1: %2</source>
            <translation>取最低值 %1 时：%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At its high, %1: %2</source>
            <translation>取最高值 %1 时：%2</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The bars measure the likely cost of the plan (%1) over %2 years, the figure stated above: %3.</source>
            <translation>条形图衡量的是方案（%1）%2 年的预计成本，即上方所示的数字：%3。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The bars measure the plan's lead: its score minus its first alternative's, in points. The plan (%1) leads by %2; below 0 another plan would win.</source>
            <translation>条形图衡量的是推荐方案的领先分差：它的得分减去备选一的得分。推荐方案（%1）领先 %2；低于 0 则另一个方案胜出。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Each bar holds one figure at %1 its low and at %2 its high while all others keep their ranges; the biggest effect is on top.</source>
            <translation>每根横条表示把一项数据固定在%1最低值和%2最高值、其余数据保持各自区间时的影响；影响最大的排在最上面。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>⇄ A figure whose range alone can change the plan.</source>
            <translation>⇄ 仅凭自身区间就可能改变方案的数据。</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Not drawn, because at one end of their range the plan cannot carry a need or the model cannot compute: %1.</source>
            <translation>未绘制，因为在其区间的一端方案无法满足某项需求或模型无法计算：%1。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Within their ranges, none of the estimated figures moves the plan's lead over the first alternative.</source>
            <translation>在各自的取值区间内，没有任何估计数据会改变推荐方案对备选一的领先分差。</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Sho&amp;w:</source>
            <translation>显示(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The plan's cost over the horizon</source>
            <translation>方案在整个周期内的成本</translation>
        </message>
    </context>
    <context>
        <name>Share</name>
        <message>
            <location filename="../../wxdesk/share/image.py" line="-69" />
            <source>Prepared for {client}</source>
            <translation>致：{client}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Our recommendation</source>
            <translation>我们的建议</translation>
        </message>
        <message>
            <location line="+18" />
            <source>What each presence does</source>
            <translation>各渠道的分工</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Plan score: {score} out of 100</source>
            <translation>方案得分：{score}（满分 100）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The alternatives</source>
            <translation>备选方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why not the alternatives</source>
            <translation>为什么不选这些备选方案</translation>
        </message>
        <message>
            <location line="+23" />
            <source>What the costs are made of</source>
            <translation>成本构成</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Likely cost over {years} years by part, in {currency}; the key gives the recommended plan's amounts</source>
            <translation>{years} 年预计成本按类别拆分，单位：{currency}；图例中的金额为推荐方案的金额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Likely cost over {years} years by part, in {currency}; the key gives the recommended plan's amounts, each rounded on its own, so they may differ from its total by a rounding</source>
            <translation>{years} 年预计成本按类别拆分，单位：{currency}；图例中的金额为推荐方案的金额，各自四舍五入，合计可能与总额相差一个进位</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Why this plan</source>
            <translation>为什么选这个方案</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{presence}: {reason}</source>
            <translation>{presence}：{reason}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Points to watch</source>
            <translation>注意事项</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What would change the answer</source>
            <translation>什么情况会改变结论</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Figures from the wxdesk data pack of {released}, except those set for this scenario.</source>
            <translation>数据来自 {released}发布的 wxdesk 数据包（本场景单独设定的数据除外）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Figures from the wxdesk data pack of {released}, except those set for this scenario; valid until {date}.</source>
            <translation>数据来自 {released}发布的 wxdesk 数据包（本场景单独设定的数据除外）；有效期至 {date}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Figures from the wxdesk data pack of {released}.</source>
            <translation>数据来自 {released}发布的 wxdesk 数据包。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Figures from the wxdesk data pack of {released}; valid until {date}.</source>
            <translation>数据来自 {released}发布的 wxdesk 数据包；有效期至 {date}。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Estimates for planning, not a quote or legal advice; WeChat rules change.</source>
            <translation>规划用估算，并非报价或法律意见；微信规则可能变化。</translation>
        </message>
        <message>
            <location line="-47" />
            <source>When it can be live</source>
            <translation>何时可以上线</translation>
        </message>
    </context>
    <context>
        <name>ShareActions</name>
        <message>
            <location filename="../../wxdesk/ui/share_dialog.py" line="+75" />
            <source>Share as &amp;Image…</source>
            <translation>分享为长图(&amp;I)…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+32" />
            <location line="+15" />
            <source>Share as Image</source>
            <translation>分享为长图</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Save a long image of the answer to send in a WeChat chat</source>
            <translation>保存结论长图，发送到微信聊天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy as Ima&amp;ge</source>
            <translation>复制为长图(&amp;G)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the long image, ready to paste into WeChat on the desktop</source>
            <translation>复制长图，可直接粘贴到电脑版微信</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Image saved to %1.</source>
            <translation>长图已保存到 %1。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Image copied; paste it into a WeChat chat.</source>
            <translation>长图已复制，可粘贴到微信聊天中。</translation>
        </message>
    </context>
    <context>
        <name>ShareImageDialog</name>
        <message>
            <location line="-96" />
            <source>Share as Image</source>
            <translation>分享为长图</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/export.py" line="-19" />
            <location filename="../../wxdesk/ui/share_dialog.py" line="+6" />
            <source>%1 px</source>
            <translation>%1 像素</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/share_dialog.py" line="+2" />
            <source>Leave out prices (to forward beyond the decision maker)</source>
            <translation>不显示价格（便于转发给决策者以外的人）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Width:</source>
            <translation>宽度：</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../wxdesk/ui/start_page.py" line="+117" />
            <source>Welcome to wxdesk</source>
            <translation>欢迎使用 wxdesk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What would you like to work on?</source>
            <translation>您想从哪里开始？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start from one of the example businesses, a file you worked on, or a new scenario. Examples open as copies: saving never changes them.</source>
            <translation>可以从示例企业、之前的文件或新场景开始。示例以副本方式打开：保存不会改动示例本身。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New Scenario</source>
            <translation>新建场景</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a File…</source>
            <translation>打开文件…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No recent files yet</source>
            <translation>暂无最近的文件</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show this page when wxdesk starts</source>
            <translation>启动 wxdesk 时显示此页面</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continue with the current scenario</source>
            <translation>继续当前场景</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/features.py" line="-30" />
            <source>Start &amp;Page…</source>
            <translation>开始页面(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/start_page.py" line="-12" />
            <source>&amp;Examples (click one to open it)</source>
            <translation>示例（单击即可打开）(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open E&amp;xample</source>
            <translation>打开示例(&amp;X)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Recent files</source>
            <translation>最近的文件(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <location filename="../../wxdesk/words/summary.py" line="+19" />
            <location line="+105" />
            <source>{label}: {value}</source>
            <translation>{label}：{value}</translation>
        </message>
        <message>
            <location line="-77" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location line="+97" />
            <source>Likely costs take every figure at its average; their ranges run from the {low:g}th to the {high:g}th percentile of {samples} simulated outcomes. Every figure comes from the wxdesk data pack of {released}, except those set for this scenario.</source>
            <translation>预计成本按每项数据的平均值计算；区间为 {samples} 次模拟结果的第 {low:g} 至第 {high:g} 百分位。除本场景单独设定的数据外，所有数据均来自 {released} 的 wxdesk 数据包。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Likely costs take every figure at its average; their ranges run from the {low:g}th to the {high:g}th percentile of {samples} simulated outcomes. Every figure comes from the wxdesk data pack of {released}.</source>
            <translation>预计成本按每项数据的平均值计算；区间为 {samples} 次模拟结果的第 {low:g} 至第 {high:g} 百分位。所有数据均来自 {released} 的 wxdesk 数据包。</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/own_figures.py" line="+23" />
            <source>Figures set for this scenario: %1.</source>
            <translation>本场景单独设定的数据：%1。</translation>
        </message>
    </context>
    <context>
        <name>Swings</name>
        <message>
            <location filename="../../wxdesk/words/swings.py" line="+34" />
            <source>cost</source>
            <translation>费用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Figure</source>
            <translation>数据</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Low → high</source>
            <translation>最低 → 最高</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost moves by</source>
            <translation>成本变动</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lead moves by</source>
            <translation>领先分差变动</translation>
        </message>
        <message>
            <location line="+4" />
            <source>⇄ changes the plan</source>
            <translation>⇄ 会改变方案</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 point</source>
            <translation>%1 分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 points</source>
            <translation>%1 分</translation>
        </message>
        <message>
            <location line="+24" />
            <source>the plan can no longer meet every need you ticked</source>
            <translation>该方案无法再满足您勾选的全部需求</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the plan and its first alternative score alike</source>
            <translation>推荐方案与备选一得分相同</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the plan leads its first alternative by %1</source>
            <translation>推荐方案领先备选一 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>its first alternative leads the plan by %1</source>
            <translation>备选一领先推荐方案 %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The plan: %1. Likely cost over %2 years: %3. It leads its first alternative by a hair, under %4: the two scores read alike.</source>
            <translation>推荐方案：%1。%2 年预计成本：%3。仅以不到 %4的微弱优势领先备选一：两者得分四舍五入后相同。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The plan: %1. Likely cost over %2 years: %3. It leads its first alternative by %4.</source>
            <translation>推荐方案：%1。%2 年预计成本：%3。领先备选一 %4。</translation>
        </message>
        <message>
            <location line="-4" />
            <source>The plan: %1. Likely cost over %2 years: %3. It is the only plan considered.</source>
            <translation>推荐方案：%1。%2 年预计成本：%3。这是唯一纳入考虑的方案。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Each row holds one figure at its low and then at its high while every other figure keeps its range, and says how far that moves the plan's likely cost and its lead. ⇄: the figure's range alone can change the plan.</source>
            <translation>每一行把一项数据先固定在最低值、再固定在最高值，其余数据保持各自的区间，并列出方案的预计成本和领先分差因此变动多少。⇄：仅凭该数据的区间就可能改变方案。</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../wxdesk/ui/timeline_view.py" line="+53" />
            <source>Launch timeline</source>
            <translation>上线时间线</translation>
        </message>
    </context>
    <context>
        <name>VariantCard</name>
        <message>
            <location filename="../../wxdesk/ui/variant_card.py" line="+460" />
            <source>More in its tooltip: %1</source>
            <translation>更多内容见提示：%1</translation>
        </message>
        <message>
            <location line="+101" />
            <source>More about %1</source>
            <translation>关于“%1”的更多信息</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Plan score %1 · %2 over %3 years</source>
            <translation>方案得分 %1 · %3 年共 %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ruled out · %2 over %3 years</source>
            <translation>已排除 · %3 年共 %2</translation>
        </message>
        <message>
            <location line="-81" />
            <source>range %1 – %2; first year %3</source>
            <translation>区间 %1 – %2；首年 %3</translation>
        </message>
        <message>
            <location line="+143" />
            <source>This plan with both added</source>
            <translation>推荐方案加上小程序和原生应用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This plan with a Mini Program added</source>
            <translation>推荐方案加上小程序</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This plan with a native app added</source>
            <translation>推荐方案加上原生应用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This plan with the Mini Program only</source>
            <translation>推荐方案只保留小程序</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This plan with the app only</source>
            <translation>推荐方案只保留原生应用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This plan with a Mini Program</source>
            <translation>推荐方案配小程序</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This plan with a native app</source>
            <translation>推荐方案配原生应用</translation>
        </message>
        <message>
            <location line="-9" />
            <source>This plan with both</source>
            <translation>推荐方案同时配小程序和原生应用</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Cannot meet every special need you ticked.</source>
            <translation>无法满足您勾选的全部特殊需求。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This plan with a Mini Program instead</source>
            <translation>推荐方案改用小程序</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This plan with a native app instead</source>
            <translation>推荐方案改用原生应用</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The plan</source>
            <translation>推荐方案</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <location filename="../../wxdesk/words/words.py" line="+218" />
            <source>No WeChat presence and no app</source>
            <translation>不做微信渠道，也不做应用</translation>
        </message>
        <message>
            <location line="+47" />
            <source>none (ruled out)</source>
            <translation>无（已排除）</translation>
        </message>
    </context>
    <context>
        <name>_AssumptionsFeature</name>
        <message>
            <location filename="../../wxdesk/ui/pack_import.py" line="+173" />
            <source>Import &amp;Data Pack…</source>
            <translation>导入数据包(&amp;D)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use a newer data pack file; a file that fails the checks is refused and nothing changes</source>
            <translation>使用更新的数据包文件；未通过检查的文件会被拒绝，一切保持不变</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use the Data Pack That Came &amp;with wxdesk</source>
            <translation>使用 wxdesk 自带的数据包(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../wxdesk/ui/features.py" line="+23" />
            <source>Every figure with its source and date; change it for this scenario</source>
            <translation>每项数据及其来源和日期；可为本场景修改</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Which figures move the answer most</source>
            <translation>哪些数据对结论影响最大</translation>
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
            <translation>尚未选择目标，因此适配度保持中性。</translation>
        </message>
        <message>
            <source>{account} may message followers only {limit} times a month; you want {wanted}.</source>
            <translation>{account}每月只能向每位粉丝群发 {limit} 次，而您计划每月群发 {wanted} 次。</translation>
        </message>
        <message>
            <source>A Mini Program cannot push freely: each message needs the user's opt-in.</source>
            <translation>小程序不能自由推送：每条消息都需要用户事先订阅。</translation>
        </message>
        <message>
            <source>Takes WeChat Pay once verified ({fee} a year).</source>
            <translation>完成认证（每年 {fee}）后可接入微信支付。</translation>
        </message>
        <message>
            <source>Individuals cannot take WeChat Pay; taking payments needs a registered business.</source>
            <translation>个人主体不能接入微信支付；收款需要企业或个体工商户主体。</translation>
        </message>
        <message>
            <source>Mini Programs only cache content for display; they cannot work offline.</source>
            <translation>小程序只能缓存内容用于展示，无法离线使用。</translation>
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
            <source>Your {wanted} messages a month fit within its one push a day.</source>
            <translation>您每月 {wanted} 条消息在它每天一次的群发额度之内。</translation>
        </message>
        <message>
            <source>Channels cannot message followers; they see new videos in their feed.</source>
            <translation>视频号不能给粉丝发消息；粉丝只能在视频号信息流中刷到新视频。</translation>
        </message>
        <message>
            <source>Sells through a linked WeChat shop, in videos and live streams.</source>
            <translation>可通过关联的微信小店在视频和直播中销售。</translation>
        </message>
        <message>
            <source>An app takes payments through WeChat Pay, Alipay or the app stores.</source>
            <translation>应用可通过微信支付、支付宝或应用商店收款。</translation>
        </message>
        <message>
            <source>{account} cannot take payments; pair it with a presence that can.</source>
            <translation>{account}不能收款；请搭配一个可以收款的渠道。</translation>
        </message>
        <message>
            <source>None of your audience is on WeChat in mainland China, so no WeChat presence can reach them.</source>
            <translation>您的受众都不在中国大陆使用微信，因此任何微信渠道都触达不到他们。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min suit it, as typical Mini Program visits last about {typical} min.</source>
            <translation>单次使用 {minutes} 分钟很合适，小程序的典型访问时长约 {typical} 分钟。</translation>
        </message>
        <message>
            <source>With {users} monthly users few would install an app; WeChat suits the size better.</source>
            <translation>月活仅 {users}，愿意专门下载应用的用户很少，放在微信里更合适。</translation>
        </message>
        <message>
            <source>In the plan for {duties}.</source>
            <translation>在方案中负责{duties}。</translation>
        </message>
        <message>
            <source>In the plan, beside presences that carry each goal better.</source>
            <translation>在方案中，但每个目标都由其他渠道承担得更好。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points; what it does best, {dimension}, the plan's {carrier} already covers.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分；它最擅长的是{dimension}，而这一点方案中的{carrier}已经做到。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would not raise the plan's score, and it would cost more.</source>
            <translation>不在方案中：加入它不会提高方案得分，反而会增加成本。</translation>
        </message>
        <message>
            <source>The plan covers your goals and needs at {coverage} out of 100.</source>
            <translation>方案对您的目标和需求的覆盖度为 {coverage}（满分 100）。</translation>
        </message>
        <message>
            <source>Scores {score} against the plan's {best}.</source>
            <translation>得分 {score}，推荐方案为 {best}。</translation>
        </message>
        <message>
            <source>Scores the same as the plan but costs {cost} more over {years} years.</source>
            <translation>得分与推荐方案相同，但 {years} 年内多花 {cost}。</translation>
        </message>
        <message>
            <source>Covers {dimension} at {alt} out of 100, against {best} in the plan.</source>
            <translation>{dimension}的覆盖度为 {alt}（满分 100），推荐方案为 {best}。</translation>
        </message>
        <message>
            <source>Without {presences} it covers less of what you want.</source>
            <translation>少了{presences}，此方案对您目标和需求的覆盖度更低。</translation>
        </message>
        <message>
            <source>Its likely first-year cost of {cost} is beyond your budget of {budget}.</source>
            <translation>其首年预计成本 {cost} 超出您的预算（{budget}）。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers the plan's likely first-year cost of {cost}.</source>
            <translation>您的预算为 {budget}，足以覆盖方案首年的预计成本 {cost}。</translation>
        </message>
        <message>
            <source>Your budget of {budget} is {gap} short of the plan's likely first-year cost of {cost}.</source>
            <translation>您的预算 {budget} 比方案首年的预计成本 {cost} 少 {gap}。</translation>
        </message>
        <message>
            <source>Your budget of {budget} is {gap} short of the plan's likely first-year cost of {cost}; no plan that does what you asked for fits within it.</source>
            <translation>您的预算 {budget} 比方案首年的预计成本 {cost} 少 {gap}；能满足您需求的方案都超出这笔预算。</translation>
        </message>
        <message>
            <source>The plan holds a Mini Program and no native app.</source>
            <translation>方案采用小程序，不开发原生应用。</translation>
        </message>
        <message>
            <source>The plan holds a native app and no Mini Program.</source>
            <translation>方案采用原生应用，不开发小程序。</translation>
        </message>
        <message>
            <source>The plan holds a native app and a Mini Program together.</source>
            <translation>方案同时包含原生应用和小程序。</translation>
        </message>
        <message>
            <source>The plan holds neither a native app nor a Mini Program.</source>
            <translation>方案既不开发原生应用，也不开发小程序。</translation>
        </message>
        <message>
            <source>None of your audience is on WeChat in mainland China, so the plan holds no WeChat presence.</source>
            <translation>您的受众都不在中国大陆使用微信，因此方案不包含任何微信渠道。</translation>
        </message>
        <message>
            <source>{paid} of your {wanted} messages a month are beyond what the plan can send for free; they are bought as paid reach.</source>
            <translation>您每月 {wanted} 条消息中有 {paid} 条超出方案的免费额度，需要购买付费触达。</translation>
        </message>
        <message>
            <source>No presence you can register can carry {need}.</source>
            <translation>您能注册的渠道都无法实现{need}。</translation>
        </message>
        <message>
            <source>No budget changes the plan; a budget short of its first-year cost lowers only its score.</source>
            <translation>无论预算多少，方案都不变；预算低于首年成本只会降低方案得分。</translation>
        </message>
        <message>
            <source>No session length changes the plan.</source>
            <translation>无论单次使用时长多少，方案都不变。</translation>
        </message>
        <message>
            <source>No audience size changes the plan.</source>
            <translation>无论用户规模多大，方案都不变。</translation>
        </message>
        <message>
            <source>Your {wanted} messages a month reach your staff through WeCom as work notices, free; staff write them, so no content production is counted for them.</source>
            <translation>每月 {wanted} 条消息以工作通知的形式通过企业微信免费发给员工；消息由员工自己撰写，因此不计内容制作费用。</translation>
        </message>
        <message>
            <source>Takes WeChat Pay once verified; Mini Programs of overseas companies have no yearly review fee.</source>
            <translation>完成微信认证后可接入微信支付；海外企业的小程序没有年审费。</translation>
        </message>
        <message>
            <source>Channels sells through a WeChat shop, which needs a mainland business licence; an overseas company cannot open one.</source>
            <translation>视频号通过微信小店销售，而开通微信小店需要中国大陆营业执照；海外企业无法开通。</translation>
        </message>
        <message>
            <source>{account} cannot be registered by {entity}.</source>
            <translation>{entity}不能注册{account}。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min are long for a Mini Program: typical visits last about {typical} min, and beyond {pivot} min an app suits better.</source>
            <translation>单次使用 {minutes} 分钟对小程序来说偏长：小程序的典型访问时长约 {typical} 分钟，超过 {pivot} 分钟更适合应用。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min suit an app; beyond {pivot} min it suits them better than a Mini Program, whose visits last about {typical} min.</source>
            <translation>单次使用 {minutes} 分钟适合应用；超过 {pivot} 分钟时，应用比小程序更合适，小程序的典型访问时长约 {typical} 分钟。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min are short for an app: under {pivot} min a Mini Program suits them better.</source>
            <translation>单次使用 {minutes} 分钟对应用来说偏短：不到 {pivot} 分钟时，小程序更合适。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min suit an app and a Mini Program equally well.</source>
            <translation>单次使用 {minutes} 分钟，应用和小程序同样合适。</translation>
        </message>
        <message>
            <source>Running {count} presences instead of {base} costs {points} more points of effort.</source>
            <translation>需同时运营 {count} 个渠道（推荐方案只需 {base} 个），因运营精力多扣 {points} 分。</translation>
        </message>
        <message>
            <source>Costs the same as the plan: {presences} adds no fee or upkeep of its own.</source>
            <translation>费用与推荐方案相同：{presences}本身不增加任何费用或维护成本。</translation>
        </message>
        <message>
            <source>Your budget of {budget} is {gap} short of the plan's likely first-year cost of {cost}, which takes {points} points off its score; no plan that does what you asked for fits within it.</source>
            <translation>您的预算 {budget} 比方案首年的预计成本 {cost} 少 {gap}，方案得分因此扣 {points} 分；能满足您需求的方案都超出这笔预算。</translation>
        </message>
        <message>
            <source>{account} sends articles and messages that open as pages inside WeChat; it runs no program of yours, so it has no way of {need}.</source>
            <translation>{account}发送的文章和消息在微信内以网页打开；它不运行您自己的程序，因此无法支持{need}。</translation>
        </message>
        <message>
            <source>WeCom is a workplace tool for chats and groups; what you add to it opens as pages, so it has no way of {need}.</source>
            <translation>企业微信是用于单聊和群聊的办公工具；您在其中添加的功能以网页打开，因此无法支持{need}。</translation>
        </message>
        <message>
            <source>Channels shows your videos and live streams in WeChat's feed; it runs no program of yours, so it has no way of {need}.</source>
            <translation>视频号在微信的信息流中展示您的短视频和直播；它不运行您自己的程序，因此无法支持{need}。</translation>
        </message>
        <message>
            <source>With {users} monthly users the app may not pay back its cost: watch how many install it.</source>
            <translation>月活用户 {users} 的规模下，应用未必能收回成本：请留意有多少人安装。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min are short for an app (under {pivot} min): watch whether users open it often enough to keep it.</source>
            <translation>单次使用 {minutes} 分钟对应用来说偏短（不到 {pivot} 分钟）：请留意用户是否常常打开、愿意保留它。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min are long for a Mini Program (typical visits last about {typical} min): watch whether users finish what they start in it.</source>
            <translation>单次使用 {minutes} 分钟对小程序来说偏长（典型访问约 {typical} 分钟）：请留意用户能否在其中完成操作。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min are longer than the quick reads and replies it is made for: a point to watch.</source>
            <translation>单次使用 {minutes} 分钟，比它擅长的快速阅读和回复要长，需留意。</translation>
        </message>
        <message>
            <source>Has none of WeChat's limits on {need}.</source>
            <translation>在{need}方面不受微信的任何限制。</translation>
        </message>
        <message>
            <source>A score never falls below 0: these lines take the {points} points the plan had, where their rules would take {full}.</source>
            <translation>得分不会低于 0：以上各项扣去的是方案仅有的 {points} 分，按规则本应扣 {full} 分。</translation>
        </message>
        <message>
            <source>Scores 0, as the plan does: its penalties exceed what it covers by {points} more points than the plan's.</source>
            <translation>与推荐方案一样得 0 分：此方案的扣分超出其覆盖度的部分比推荐方案多 {points} 分。</translation>
        </message>
        <message>
            <source>Its likely first-year cost of {cost} is further beyond your budget of {budget} than the plan's {plan_cost}.</source>
            <translation>其首年预计成本 {cost} 超出您的预算（{budget}）的幅度比推荐方案（{plan_cost}）更大。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score {score} against {best}, and cost {cost} against {plan_cost} over {years} years.</source>
            <translation>若用它替换方案中的{member}，方案得分为 {score}（现为 {best}），{years} 年共 {cost}（现为 {plan_cost}）。</translation>
        </message>
        <message>
            <source>Its likely first-year cost is beyond your budget.</source>
            <translation>其首年预计成本超出您的预算。</translation>
        </message>
        <message>
            <source>Its likely first-year cost is further beyond your budget than the plan's.</source>
            <translation>其首年预计成本超出您预算的幅度比推荐方案更大。</translation>
        </message>
        <message>
            <source>Messages to your staff need a workplace tool such as WeCom; this presence reaches followers, not staff.</source>
            <translation>发给员工的消息需要企业微信这样的办公工具；这个渠道面向的是粉丝，而不是员工。</translation>
        </message>
        <message>
            <source>Takes WeChat Pay once verified ({fee} a year), in payment pages you build for it.</source>
            <translation>完成认证（每年 {fee}）后可接入微信支付，需为其自建支付网页。</translation>
        </message>
        <message>
            <source>Takes WeChat Pay once verified ({fee} a year, for its yearly review), in payment pages you build for it.</source>
            <translation>完成认证（需年审，每年 {fee}）后可接入微信支付，需为其自建支付网页。</translation>
        </message>
        <message>
            <source>Takes WeChat Pay once verified, in payment pages you build for it.</source>
            <translation>完成认证后可接入微信支付，需为其自建支付网页。</translation>
        </message>
        <message>
            <source>Channels takes payments only for goods sold in a linked WeChat shop; pair it with a presence that can take yours.</source>
            <translation>视频号只能为关联微信小店中售出的商品收款；请搭配能为您收款的渠道。</translation>
        </message>
        <message>
            <source>An individual's app takes payments through the app stores; WeChat Pay in it needs a company.</source>
            <translation>个人的应用只能通过应用商店收款；在应用中接入微信支付需要企业主体。</translation>
        </message>
        <message>
            <source>Costs the same as the plan: {presences} needs no verification fee, and you would film its videos yourself.</source>
            <translation>费用与推荐方案相同：{presences}无需认证费，视频由您自己拍摄。</translation>
        </message>
        <message>
            <source>Takes WeChat Pay once verified ({fee} a year, for its yearly review).</source>
            <translation>完成认证（需年审，每年 {fee}）后可接入微信支付。</translation>
        </message>
        <message>
            <source>It reaches the {share} of your audience on WeChat in mainland China, not the other {rest}.</source>
            <translation>您的受众中有 {share} 在中国大陆使用微信，它能触达这部分人，其余 {rest} 触达不到。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min are longer than the short visits it is made for.</source>
            <translation>单次使用 {minutes} 分钟，比它擅长的短时访问要长。</translation>
        </message>
        <message>
            <source>In the plan as the cheaper way in for users won through ads, who cost less through WeChat than as app installs.</source>
            <translation>作为付费获取用户的更便宜入口列入方案：通过微信付费获取的用户比应用安装更便宜。</translation>
        </message>
        <message>
            <source>In the plan as the cheaper way in for users won through ads, at a cost per acquired user of {with_it} on average with it and {without} without it.</source>
            <translation>作为付费获取用户的更便宜入口列入方案，有它时每位付费获客成本平均为 {with_it}，没有它时为 {without}。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points, mostly because it would take the plan's likely first-year cost from {plan_cost} to {cost}, beyond your budget of {budget}.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分，主要因为方案首年的预计成本会从 {plan_cost} 升至 {cost}，超出您的预算（{budget}）。</translation>
        </message>
        <message>
            <source>The plan covers your goals and needs at {coverage} out of 100; less the points that follow, it scores {score}.</source>
            <translation>方案对您的目标和需求的覆盖度为 {coverage}（满分 100），减去以下扣分后，方案得分为 {score}。</translation>
        </message>
        <message>
            <source>Less {points} points for the effort of running {count} presences together.</source>
            <translation>同时运营 {count} 个渠道需要投入精力，扣 {points} 分。</translation>
        </message>
        <message>
            <source>Less {points} points because the budget covers only {share} of its likely first-year cost.</source>
            <translation>预算只够支付方案首年预计成本的 {share}，扣 {points} 分。</translation>
        </message>
        <message>
            <source>Your budget of {budget} is {gap} short of the plan's likely first-year cost of {cost}; the best plan within it is {plan}, at {other_cost} in its first year.</source>
            <translation>您的预算 {budget} 比方案首年的预计成本 {cost} 少 {gap}；预算之内最好的方案是{plan}，首年 {other_cost}。</translation>
        </message>
        <message>
            <source>With a budget above {value} {change}.</source>
            <translation>预算高于 {value} 时，{change}。</translation>
        </message>
        <message>
            <source>With a budget below {value} {change}.</source>
            <translation>预算低于 {value} 时，{change}。</translation>
        </message>
        <message>
            <source>Above {value} minutes per session {change}.</source>
            <translation>单次使用超过 {value} 分钟时，{change}。</translation>
        </message>
        <message>
            <source>Below {value} minutes per session {change}.</source>
            <translation>单次使用少于 {value} 分钟时，{change}。</translation>
        </message>
        <message>
            <source>Above {value} monthly users {change}.</source>
            <translation>月活用户超过 {value} 时，{change}。</translation>
        </message>
        <message>
            <source>Below {value} monthly users {change}.</source>
            <translation>月活用户少于 {value} 时，{change}。</translation>
        </message>
        <message>
            <source>the plan adds {added}</source>
            <translation>方案加入{added}</translation>
        </message>
        <message>
            <source>the plan drops {dropped}</source>
            <translation>方案去掉{dropped}</translation>
        </message>
        <message>
            <source>the plan swaps {dropped} for {added}</source>
            <translation>方案以{added}取代{dropped}</translation>
        </message>
        <message>
            <source>{flip} {why}</source>
            <translation>{flip}{why}</translation>
        </message>
        <message>
            <source>At that session length the balance of fit tips to the new plan.</source>
            <translation>在这一单次时长下，综合适配度转而偏向新方案。</translation>
        </message>
        <message>
            <source>An audience of that size suits the new plan better.</source>
            <translation>这样的用户规模更适合新方案。</translation>
        </message>
        <message>
            <source>The new plan's likely first-year cost of {cost}, against {plan_cost} now, is less of a stretch for a smaller budget.</source>
            <translation>新方案首年的预计成本为 {cost}（现方案为 {plan_cost}），预算较紧时更容易承受。</translation>
        </message>
        <message>
            <source>The new plan covers as much with fewer presences to run; at that point this outweighs its dearer first year.</source>
            <translation>新方案用更少的渠道达到同样的覆盖度；此时这一优势足以抵消新方案较高的首年成本。</translation>
        </message>
        <message>
            <source>The new plan covers as much with fewer presences to run, and a budget that large covers its likely first-year cost of {cost}.</source>
            <translation>新方案用更少的渠道达到同样的覆盖度，而这样的预算足以支付它首年的预计成本 {cost}。</translation>
        </message>
        <message>
            <source>The new plan covers more of your goals and needs ({alt} against {best} out of 100); at that point this outweighs its dearer first year.</source>
            <translation>新方案对您目标和需求的覆盖度更高（满分 100：新方案 {alt}，现方案 {best}）；此时这一优势足以抵消新方案较高的首年成本。</translation>
        </message>
        <message>
            <source>The new plan covers more of your goals and needs ({alt} against {best} out of 100), and a budget that large covers its likely first-year cost of {cost}.</source>
            <translation>新方案对您目标和需求的覆盖度更高（满分 100：新方案 {alt}，现方案 {best}），而这样的预算足以支付它首年的预计成本 {cost}。</translation>
        </message>
        <message>
            <source>Good for {goals}, though a weak fit for what you want as a whole.</source>
            <translation>适合{goals}，但整体上与您的需求适配度较弱。</translation>
        </message>
        <message>
            <source>Takes WeChat Pay once verified.</source>
            <translation>完成微信认证后可接入微信支付。</translation>
        </message>
        <message>
            <source>Your budget of {budget} is {gap} short of the plan's likely first-year cost of {cost}, which takes {points} points off its score; the best plan within it is {plan}, at {other_cost} in its first year.</source>
            <translation>您的预算 {budget} 比方案首年的预计成本 {cost} 少 {gap}，方案得分因此扣 {points} 分；预算之内最好的方案是{plan}，首年 {other_cost}。</translation>
        </message>
        <message>
            <source>{point} The plan's {member} covers that.</source>
            <translation>{point}方案中的{member}可以弥补这一点。</translation>
        </message>
        <message>
            <source>Fits {dimension} at {alt} out of 100, against {best} in the plan.</source>
            <translation>{dimension}适配度为 {alt}（满分 100），推荐方案为 {best}。</translation>
        </message>
        <message>
            <source>All {wanted} of your messages a month are beyond what the plan can send for free; they are bought as paid reach.</source>
            <translation>您每月的 {wanted} 条消息全部超出方案的免费额度，需要购买付费触达。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points, mostly because it would take the plan's likely first-year cost from {plan_cost} to {cost}, further beyond your budget of {budget}.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分，主要因为方案首年的预计成本会从 {plan_cost} 升至 {cost}，更加超出您的预算（{budget}）。</translation>
        </message>
        <message>
            <source>Scores the same as {plan}, which costs {cost} less over {years} years.</source>
            <translation>得分与“{plan}”方案相同，而后者 {years} 年内少花 {cost}。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points, for one more presence to run.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分，因为要多运营一个渠道。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points; one more presence to run costs {effort} points, more than it adds.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分；多运营一个渠道扣 {effort} 分，超过它带来的加分。</translation>
        </message>
        <message>
            <source>Scores and costs the same as the plan.</source>
            <translation>得分和费用都与推荐方案相同。</translation>
        </message>
        <message>
            <source>Scores the same as the plan; at the same cost, wxdesk recommends the plan with fewer presences to run.</source>
            <translation>得分与推荐方案相同；费用也相同时，wxdesk 推荐需要运营的渠道更少的方案。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}; running {count} presences takes it all (a score stops at 0).</source>
            <translation>覆盖度为 {coverage}，但同时运营 {count} 个渠道所扣分数超过覆盖度，得分记为 0。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}, less {points} points for running {count} presences.</source>
            <translation>覆盖度为 {coverage}，同时运营 {count} 个渠道扣 {points} 分。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}, less {points} points for a first year beyond your budget.</source>
            <translation>覆盖度为 {coverage}，首年成本超出预算扣 {points} 分。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}, less {effort} points for running {count} presences and {points} for a first year beyond your budget.</source>
            <translation>覆盖度为 {coverage}，同时运营 {count} 个渠道扣 {effort} 分，首年成本超出预算扣 {points} 分。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}; a first year beyond your budget takes it all (a score stops at 0).</source>
            <translation>覆盖度为 {coverage}，但首年成本超出预算所扣分数超过覆盖度，得分记为 0。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}; running {count} presences and a first year beyond your budget take it all (a score stops at 0).</source>
            <translation>覆盖度为 {coverage}，但同时运营 {count} 个渠道和超出预算的首年成本所扣分数超过覆盖度，得分记为 0。</translation>
        </message>
        <message>
            <source>The plan is weak at {goal}: its best at it, {member}, scores {score} out of 100 for it.</source>
            <translation>方案在{goal}方面较弱：方案中做得最好的{member}也只有 {score} 分（满分 100）。</translation>
        </message>
        <message>
            <source>The plan is weak at {goals}: no presence in it scores {weak} out of 100 or more for them.</source>
            <translation>方案在{goals}方面较弱：方案中没有哪个渠道在这些方面达到 {weak} 分（满分 100）。</translation>
        </message>
        <message>
            <source>In the plan for {duties}, by your staff's chats: about {hours} staff hours a month for your audience.</source>
            <translation>在方案中负责{duties}，由员工通过聊天完成：按您的用户规模，每月约 {hours} 个员工工时。</translation>
        </message>
        <message>
            <source>In the plan for {duties}, by your staff's chats: about a staff hour a month for your audience.</source>
            <translation>在方案中负责{duties}，由员工通过聊天完成：按您的用户规模，每月约 1 个员工工时。</translation>
        </message>
        <message>
            <source>In the plan for {duties}, by your staff's chats: under a staff hour a month for your audience.</source>
            <translation>在方案中负责{duties}，由员工通过聊天完成：按您的用户规模，每月不到 1 个员工工时。</translation>
        </message>
        <message>
            <source>WeCom's chats would take about {staff} full-time staff ({hours} staff hours a month); a Mini Program or an app serves customers and takes their payments by itself, without them.</source>
            <translation>企业微信的聊天接待约需 {staff} 名全职员工（每月 {hours} 个员工工时）；小程序或应用可自行服务客户并收款，无需这些人力。</translation>
        </message>
        <message>
            <source>WeCom's chats would take about one full-time staff member ({hours} staff hours a month); a Mini Program or an app serves customers and takes their payments by itself, without them.</source>
            <translation>企业微信的聊天接待约需 1 名全职员工（每月 {hours} 个员工工时）；小程序或应用可自行服务客户并收款，无需这些人力。</translation>
        </message>
        <message>
            <source>Less {points} points because there is no budget for its likely first-year cost.</source>
            <translation>没有预算支付方案首年预计成本，扣 {points} 分。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points, though it would spare {saved} points of your staff's effort in WeCom's chats; one more presence to run costs {effort} points.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分；它虽可为企业微信聊天接待省下 {saved} 分的人力投入，但多运营一个渠道扣 {effort} 分。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}, less {points} points for running {count} presences and WeCom's chats.</source>
            <translation>覆盖度为 {coverage}，同时运营 {count} 个渠道及企业微信聊天接待扣 {points} 分。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}, less {effort} points for running {count} presences and WeCom's chats and {points} for a first year beyond your budget.</source>
            <translation>覆盖度为 {coverage}，同时运营 {count} 个渠道及企业微信聊天接待扣 {effort} 分，首年成本超出预算扣 {points} 分。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}; running {count} presences and WeCom's chats takes it all (a score stops at 0).</source>
            <translation>覆盖度为 {coverage}，但同时运营 {count} 个渠道及企业微信聊天接待所扣分数超过覆盖度，得分记为 0。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}; running {count} presences and WeCom's chats and a first year beyond your budget take it all (a score stops at 0).</source>
            <translation>覆盖度为 {coverage}，但同时运营 {count} 个渠道及企业微信聊天接待和超出预算的首年成本所扣分数超过覆盖度，得分记为 0。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points; one more presence to run costs {effort} points, and its chats would take {time}.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分；多运营一个渠道扣 {effort} 分，其聊天接待{time}。</translation>
        </message>
        <message>
            <source>Less {points} points for the staff time WeCom's chats take: {time}.</source>
            <translation>企业微信的聊天接待{time}，扣 {points} 分。</translation>
        </message>
        <message>
            <source>about {hours} staff hours a month</source>
            <translation>每月约占用 {hours} 个员工工时</translation>
        </message>
        <message>
            <source>about a staff hour a month</source>
            <translation>每月约占用 1 个员工工时</translation>
        </message>
        <message>
            <source>under a staff hour a month</source>
            <translation>每月占用不到 1 个员工工时</translation>
        </message>
        <message>
            <source>Its WeCom's chats would take {time}: {points} more points of effort.</source>
            <translation>其企业微信的聊天接待{time}，因人力投入多扣 {points} 分。</translation>
        </message>
        <message>
            <source>An individual's app cannot take payments for goods or services: in-app purchase is for digital content, and WeChat Pay or Alipay in an app need a registered business.</source>
            <translation>个人开发的应用不能为商品或服务收款：应用内购只适用于数字内容，而在应用中接入微信支付或支付宝需要已注册的企业或个体工商户。</translation>
        </message>
        <message>
            <source>Individuals cannot take WeChat Pay in any WeChat presence, nor payments for goods or services in an app; register a business (a company or an individual business, 个体工商户) to take them.</source>
            <translation>个人主体在任何微信渠道都不能接入微信支付，也不能在应用中为商品或服务收款；如需收款，请注册企业或个体工商户。</translation>
        </message>
        <message>
            <source>In the plan as the presence that best suits your session length and audience size.</source>
            <translation>作为最适合您的使用时长和用户规模的渠道纳入方案。</translation>
        </message>
        <message>
            <source>This plan is weak at {goal}: its best at it, {member}, scores {score} out of 100 for it.</source>
            <translation>此方案在{goal}方面较弱：其中做得最好的{member}也只有 {score} 分（满分 100）。</translation>
        </message>
        <message>
            <source>This plan is weak at {goals}: no presence in it scores {weak} out of 100 or more for them.</source>
            <translation>此方案在{goals}方面较弱：其中没有哪个渠道在这些方面达到 {weak} 分（满分 100）。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points, mostly because it would take the plan's likely first-year cost from {plan_cost} to {cost}, beyond your budget of {budget}, though it would spare WeCom's chats {time}.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分，主要因为方案首年的预计成本会从 {plan_cost} 升至 {cost}，超出您的预算（{budget}）；不过企业微信的聊天接待原本{time}，加入它可省去这部分人力。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points, mostly because it would take the plan's likely first-year cost from {plan_cost} to {cost}, further beyond your budget of {budget}, though it would spare WeCom's chats {time}.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分，主要因为方案首年的预计成本会从 {plan_cost} 升至 {cost}，更加超出您的预算（{budget}）；不过企业微信的聊天接待原本{time}，加入它可省去这部分人力。</translation>
        </message>
        <message>
            <source>Costs the same as the plan: {presences} adds no fee of its own, and the plan already pays for the videos it would show.</source>
            <translation>费用与推荐方案相同：{presences}本身不增加费用，它要展示的视频已由推荐方案付费制作。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min would suit an app, but few of {users} monthly users would install one to spend them there.</source>
            <translation>单次使用 {minutes} 分钟本适合应用，但 {users} 名月活用户中很少有人会为此安装应用。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min suit an app, for those of your {users} monthly users who install it.</source>
            <translation>单次使用 {minutes} 分钟适合应用，但只对 {users} 名月活用户中安装了它的人而言。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}, less {points} points for its first-year cost.</source>
            <translation>覆盖度为 {coverage}，成本项扣 {points} 分。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}, less {effort} points for running {count} presences and {cost_points} for its first-year cost.</source>
            <translation>覆盖度为 {coverage}，同时运营 {count} 个渠道扣 {effort} 分，成本项扣 {cost_points} 分。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}, less {effort} points for running {count} presences and WeCom's chats and {cost_points} for its first-year cost.</source>
            <translation>覆盖度为 {coverage}，同时运营 {count} 个渠道及企业微信聊天接待扣 {effort} 分，成本项扣 {cost_points} 分。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}, less {cost_points} points for its first-year cost and {points} for a first year beyond your budget.</source>
            <translation>覆盖度为 {coverage}，成本项扣 {cost_points} 分，首年成本超出预算扣 {points} 分。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}, less {effort} points for running {count} presences, {cost_points} for its first-year cost and {points} for a first year beyond your budget.</source>
            <translation>覆盖度为 {coverage}，同时运营 {count} 个渠道扣 {effort} 分，成本项扣 {cost_points} 分，首年成本超出预算扣 {points} 分。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}, less {effort} points for running {count} presences and WeCom's chats, {cost_points} for its first-year cost and {points} for a first year beyond your budget.</source>
            <translation>覆盖度为 {coverage}，同时运营 {count} 个渠道及企业微信聊天接待扣 {effort} 分，成本项扣 {cost_points} 分，首年成本超出预算扣 {points} 分。</translation>
        </message>
        <message>
            <source>Its likely first-year cost is {times} times the plan's: {points} more points off its score for its cost.</source>
            <translation>首年的预计成本是推荐方案的 {times} 倍，成本项因此多扣 {points} 分。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points: it would cover more of your goals and needs ({alt} against {best}), but one more presence to run takes {effort} and a dearer first year {cost_points}.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分：它能提高对您目标和需求的覆盖度（从 {best} 升至 {alt}），但多运营一个渠道扣 {effort} 分，首年成本更高扣 {cost_points} 分。</translation>
        </message>
        <message>
            <source>Less {points} points for its cost: {times} times the likely first-year cost of the cheapest plan, {cheapest}.</source>
            <translation>成本项扣 {points} 分：首年的预计成本是最便宜的“{cheapest}”方案的 {times} 倍。</translation>
        </message>
        <message>
            <source>Less {points} points for its cost: its likely first-year cost is {times} times {from}, the most a first year can cost without losing points.</source>
            <translation>成本项扣 {points} 分：首年的预计成本是免扣分线 {from} 的 {times} 倍（首年成本在此线以内不因成本扣分）。</translation>
        </message>
        <message>
            <source>Less {points} points for its cost (rounded so that these lines add up to the score): {times} times the likely first-year cost of the cheapest plan, {cheapest}.</source>
            <translation>成本项扣 {points} 分（已取整，使各行相加等于得分）：首年的预计成本是最便宜的“{cheapest}”方案的 {times} 倍。</translation>
        </message>
        <message>
            <source>Less {points} points for its cost (rounded so that these lines add up to the score): its likely first-year cost is {times} times {from}, the most a first year can cost without losing points.</source>
            <translation>成本项扣 {points} 分（已取整，使各行相加等于得分）：首年的预计成本是免扣分线 {from} 的 {times} 倍（首年成本在此线以内不因成本扣分）。</translation>
        </message>
        <message>
            <source>Scores the same as {plan}, whose likely first year costs {cost} less.</source>
            <translation>得分与“{plan}”方案相同，而后者首年的预计成本少 {cost}。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}; its first-year cost takes it all (a score stops at 0).</source>
            <translation>覆盖度为 {coverage}，但首年成本所扣分数超过覆盖度，得分记为 0。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}; running {count} presences and its first-year cost take it all (a score stops at 0).</source>
            <translation>覆盖度为 {coverage}，但同时运营 {count} 个渠道和首年成本所扣分数超过覆盖度，得分记为 0。</translation>
        </message>
        <message>
            <source>Covers your goals and needs at {coverage}; running {count} presences and WeCom's chats and its first-year cost take it all (a score stops at 0).</source>
            <translation>覆盖度为 {coverage}，但同时运营 {count} 个渠道及企业微信聊天接待和首年成本所扣分数超过覆盖度，得分记为 0。</translation>
        </message>
        <message>
            <source>With {users} monthly users many would install an app of your own; the size suits one.</source>
            <translation>月活达 {users}，愿意安装自有应用的用户较多，适合开发应用。</translation>
        </message>
        <message>
            <source>In the plan for what it adds to goals that no presence in the plan serves well.</source>
            <translation>纳入方案，用于补足其他渠道都不擅长的目标。</translation>
        </message>
        <message>
            <source>At that point the new plan covers more of your goals and needs, {alt} out of 100 against {best} for the current plan there ({now} today); this outweighs its dearer first year.</source>
            <translation>此时新方案对您目标和需求的覆盖度更高：{alt}（满分 100），现方案此时为 {best}（目前为 {now}）；这足以抵消新方案较高的首年成本。</translation>
        </message>
        <message>
            <source>The new plan covers as much with fewer presences to run; at that budget this outweighs the shortfall against its likely first-year cost of {cost} ({plan_cost} for the current plan).</source>
            <translation>新方案用更少的渠道达到同样的覆盖度；在该预算下，这一优势足以抵消其首年预计成本 {cost} 超出预算的部分（现方案首年为 {plan_cost}）。</translation>
        </message>
        <message>
            <source>The new plan covers more of your goals and needs ({alt} against {best} out of 100); at that budget this outweighs the shortfall against its likely first-year cost of {cost} ({plan_cost} for the current plan).</source>
            <translation>新方案对您目标和需求的覆盖度更高（满分 100：新方案 {alt}，现方案 {best}）；在该预算下，这一优势足以抵消其首年预计成本 {cost} 超出预算的部分（现方案首年为 {plan_cost}）。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers only {share} of the plan's likely first-year cost of {cost}; the best plan within it is {plan}, at {other_cost} in its first year.</source>
            <translation>您的预算为 {budget}，仅够支付方案首年预计成本 {cost} 的 {share}；预算之内最好的方案是{plan}，首年 {other_cost}。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers only {share} of the plan's likely first-year cost of {cost}; no plan that does what you asked for fits within it.</source>
            <translation>您的预算为 {budget}，仅够支付方案首年预计成本 {cost} 的 {share}；能满足您需求的方案都超出这笔预算。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers only {share} of the plan's likely first-year cost of {cost}, which takes {points} points off its score; the best plan within it is {plan}, at {other_cost} in its first year.</source>
            <translation>您的预算为 {budget}，仅够支付方案首年预计成本 {cost} 的 {share}，方案得分因此扣 {points} 分；预算之内最好的方案是{plan}，首年 {other_cost}。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers only {share} of the plan's likely first-year cost of {cost}, which takes {points} points off its score; no plan that does what you asked for fits within it.</source>
            <translation>您的预算为 {budget}，仅够支付方案首年预计成本 {cost} 的 {share}，方案得分因此扣 {points} 分；能满足您需求的方案都超出这笔预算。</translation>
        </message>
        <message>
            <source>With a budget between {low} and {high} {change}.</source>
            <translation>预算在 {low} 至 {high} 之间时，{change}。</translation>
        </message>
        <message>
            <source>Between {low} and {high} minutes per session {change}.</source>
            <translation>单次使用在 {low} 至 {high} 分钟之间时，{change}。</translation>
        </message>
        <message>
            <source>Between {low} and {high} monthly users {change}.</source>
            <translation>月活用户在 {low} 至 {high} 之间时，{change}。</translation>
        </message>
        <message>
            <source>Scores {score} against the plan's {best}: a close call, nearer than the model's estimates can tell apart; weigh this plan too.</source>
            <translation>得分 {score}，推荐方案为 {best}：两者难分高下，差距小于模型估算所能区分的程度，此方案也值得考虑。</translation>
        </message>
        <message>
            <source>It costs {cost} less over {years} years: where cost weighs most with you, it is the one to choose.</source>
            <translation>此方案 {years} 年预计成本比推荐方案少 {cost}：如果您最看重成本，可选择此方案。</translation>
        </message>
        <message>
            <source>Between {low} users and {high} monthly users {change}.</source>
            <translation>月活用户在 {low} 至 {high} 之间时，{change}。</translation>
        </message>
        <message>
            <source>In the plan for how it suits your session length and audience size: you set no goal, no messages and no special need.</source>
            <translation>因适合您的使用时长和用户规模而纳入方案：您未设定任何目标、消息或特殊需求。</translation>
        </message>
        <message>
            <source>It adds {presences}, which would have no job in it: the plan already carries every goal, message and need better. Running {count} presences instead of {base} costs {points} more points of effort.</source>
            <translation>此方案多了{presences}，但新增的渠道不承担任何职能：各项目标、消息和需求都已由推荐方案中的渠道更好地承担。需同时运营 {count} 个渠道（推荐方案只需 {base} 个），因运营精力多扣 {points} 分。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min still suit it; they are longer than typical Mini Program visits (about {typical} min), but under the {pivot} min at which, on session length alone, an app would suit them as well.</source>
            <translation>单次使用 {minutes} 分钟，小程序仍合适：虽长于典型的 {typical} 分钟，但未到 {pivot} 分钟；仅看使用时长，达到 {pivot} 分钟时应用与小程序同样合适。</translation>
        </message>
        <message>
            <source>Above {limit} monthly users a Mini Program is priced as a custom build, no longer as a rented template.</source>
            <translation>月活用户超过 {limit} 时，小程序按定制开发计价，不再按租用模板计价。</translation>
        </message>
        <message>
            <source>Up to {limit} monthly users a Mini Program is priced as a rented template instead of a custom build.</source>
            <translation>月活用户不超过 {limit} 时，小程序按租用模板计价，而不是定制开发。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points: {effort} for one more presence to run, and a lower coverage of your goals and needs ({alt} against {best}), as {suits}.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分：多运营一个渠道扣 {effort} 分，方案对您目标和需求的覆盖度也从 {best} 降至 {alt}（{suits}）。</translation>
        </message>
        <message>
            <source>your session length suits it less</source>
            <translation>您的单次使用时长不太适合它</translation>
        </message>
        <message>
            <source>your audience size suits it less</source>
            <translation>您的用户规模不太适合它</translation>
        </message>
        <message>
            <source>your session length and audience size suit it less</source>
            <translation>您的单次使用时长和用户规模都不太适合它</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points: {effort} for one more presence to run, {budget} for a first year further beyond your budget, and a lower coverage of your goals and needs ({alt} against {best}), as {suits}.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分：多运营一个渠道扣 {effort} 分，首年成本更加超出预算扣 {budget} 分，方案对您目标和需求的覆盖度也从 {best} 降至 {alt}（{suits}）。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points: {effort} for one more presence to run, {cost_points} for a dearer first year, and a lower coverage of your goals and needs ({alt} against {best}), as {suits}.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分：多运营一个渠道扣 {effort} 分，首年成本更高扣 {cost_points} 分，方案对您目标和需求的覆盖度也从 {best} 降至 {alt}（{suits}）。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points: {effort} for one more presence to run and a lower coverage of your goals and needs ({alt} against {best}: {suits}), less {saved_points} it wins back for a cheaper first year.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分：多运营一个渠道扣 {effort} 分，方案对您目标和需求的覆盖度也从 {best} 降至 {alt}（{suits}）；首年成本更低，挽回 {saved_points} 分。</translation>
        </message>
        <message>
            <source>{flip} {then}</source>
            <translation>{flip}{then}</translation>
        </message>
        <message>
            <source>Scores a hair below the plan's {best}: the two read alike once rounded.</source>
            <translation>得分略低于推荐方案的 {best}：两者四舍五入后相同。</translation>
        </message>
        <message>
            <source>Scores a hair below {plan}: the two read alike once rounded.</source>
            <translation>得分略低于“{plan}”方案：两者四舍五入后相同。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score {score} against {best}, and cost {cost} against {plan_cost} over {years} years: {reach} of your {wanted} messages a month would go out as paid reach (ads shown to your users), against {plan_reach} now.</source>
            <translation>若用它替换方案中的{member}，方案得分为 {score}（现为 {best}），{years} 年共 {cost}（现为 {plan_cost}）：您每月 {wanted} 条消息中有 {reach} 条需通过付费触达（向您的用户投放广告）发出，现为 {plan_reach} 条。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score {score} against {best}, and cost {cost} against {plan_cost} over {years} years: {reach} of your {wanted} messages a month would go out as paid reach (ads shown to your users), where the plan needs none.</source>
            <translation>若用它替换方案中的{member}，方案得分为 {score}（现为 {best}），{years} 年共 {cost}（现为 {plan_cost}）：您每月 {wanted} 条消息中有 {reach} 条需通过付费触达（向您的用户投放广告）发出，而现方案无需付费触达。</translation>
        </message>
        <message>
            <source>Its {wanted} articles a month are counted in the plan's cost as produced for you (writing, layout, images); none if you write them yourself.</source>
            <translation>每月 {wanted} 篇图文按外包代写（撰写、排版、配图）计入方案成本；如果由您自己撰写，这部分为零。</translation>
        </message>
        <message>
            <source>Its one article a month is counted in the plan's cost as produced for you (writing, layout, images); none if you write it yourself.</source>
            <translation>每月 1 篇图文按外包代写（撰写、排版、配图）计入方案成本；如果由您自己撰写，这部分为零。</translation>
        </message>
        <message>
            <source>Its short videos and live streams are counted in the plan's cost as produced for you; none if you film them yourself.</source>
            <translation>短视频与直播按外包制作计入方案成本；如果由您自己拍摄，这部分为零。</translation>
        </message>
        <message>
            <source>Added, it would cut the plan's likely cost over {years} years to {cost} from {plan_cost}; the score counts that saving for fewer points than adding it takes away.</source>
            <translation>加入后，方案 {years} 年预计成本将从 {plan_cost} 降至 {cost}；但在得分中，这笔节省抵不过加入它所扣的分。</translation>
        </message>
        <message>
            <source>Costs the same as the plan: its Service Account takes your payments in web pages of your own, costed as a Mini Program of the same scope (the assumption “Payment pages of a Service Account, as a share of a Mini Program of the same scope”).</source>
            <translation>费用与推荐方案相同：此方案的服务号需自建支付网页收款，其费用按同等范围的小程序计算（见数据项“{assumption[service_pay_pages_share]}”）。</translation>
        </message>
        <message>
            <source>Every other plan that can carry what you ticked holds {presences}, with presences added that would have nothing to do.</source>
            <translation>其他能满足您所选需求的方案都包含{presences}，只是另外加了在方案中不承担任何职能的渠道。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers none of the plan's likely first-year cost of {cost}; the best plan within it is {plan}, at {other_cost} in its first year.</source>
            <translation>您的预算为 {budget}，无法支付方案首年预计成本 {cost} 的任何部分；预算之内最好的方案是{plan}，首年 {other_cost}。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers none of the plan's likely first-year cost of {cost}; no plan that does what you asked for fits within it.</source>
            <translation>您的预算为 {budget}，无法支付方案首年预计成本 {cost} 的任何部分；能满足您需求的方案都超出这笔预算。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers none of the plan's likely first-year cost of {cost}, which takes {points} points off its score; the best plan within it is {plan}, at {other_cost} in its first year.</source>
            <translation>您的预算为 {budget}，无法支付方案首年预计成本 {cost} 的任何部分，方案得分因此扣 {points} 分；预算之内最好的方案是{plan}，首年 {other_cost}。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers none of the plan's likely first-year cost of {cost}, which takes {points} points off its score; no plan that does what you asked for fits within it.</source>
            <translation>您的预算为 {budget}，无法支付方案首年预计成本 {cost} 的任何部分，方案得分因此扣 {points} 分；能满足您需求的方案都超出这笔预算。</translation>
        </message>
        <message>
            <source>Above {value} the new plan's likely first year, {cost}, is beyond your budget of {budget}: the plan is then {plan}.</source>
            <translation>超过 {value} 时，新方案首年预计 {cost}，超出您的预算（{budget}），推荐方案变为{plan}。</translation>
        </message>
        <message>
            <source>Above {value} the plan is {plan}.</source>
            <translation>超过 {value} 时，推荐方案变为{plan}。</translation>
        </message>
        <message>
            <source>Below {value} the plan is {plan}.</source>
            <translation>低于 {value} 时，推荐方案变为{plan}。</translation>
        </message>
        <message>
            <source>Above {value} the new plan's likely first year, {cost}, is beyond your budget of {budget}.</source>
            <translation>超过 {value} 时，新方案首年预计 {cost}，超出您的预算（{budget}）。</translation>
        </message>
        <message>
            <source>Above {free} customer contacts WeCom charges a fee for each further contact.</source>
            <translation>客户联系人超过 {free} 人后，企业微信对超出的每位联系人收费。</translation>
        </message>
        <message>
            <source>It costs {cost} less over {years} years; the score weighs cost by the first year, and that does not make up the gap.</source>
            <translation>此方案 {years} 年预计成本比推荐方案少 {cost}，但方案得分只计入首年成本，这笔节省弥补不了得分差距。</translation>
        </message>
        <message>
            <source>With a budget between {low} and {high}, and only there, {change}.</source>
            <translation>仅当预算在 {low} 至 {high} 之间时，{change}。</translation>
        </message>
        <message>
            <source>Between {low} and {high} minutes per session, and only there, {change}.</source>
            <translation>仅当单次使用在 {low} 至 {high} 分钟之间时，{change}。</translation>
        </message>
        <message>
            <source>Between {low} and {high} monthly users, and only there, {change}.</source>
            <translation>仅当月活用户在 {low} 至 {high} 之间时，{change}。</translation>
        </message>
        <message>
            <source>Between {low} users and {high} monthly users, and only there, {change}.</source>
            <translation>仅当月活用户在 {low} 至 {high} 之间时，{change}。</translation>
        </message>
        <message>
            <source>Sessions of {minutes} min suit it better than an app; on session length alone, an app would suit them as well only from {pivot} min.</source>
            <translation>单次使用 {minutes} 分钟，小程序比应用更合适；仅就使用时长而言，达到 {pivot} 分钟时应用才同样适合。</translation>
        </message>
        <message>
            <source>Scores the same as the plan but costs {cost} more over {years} years, though the two totals read alike once rounded.</source>
            <translation>得分与推荐方案相同，但 {years} 年内多花 {cost}（两者总额四舍五入后相同）。</translation>
        </message>
        <message>
            <source>Scores the same as {plan}, which costs {cost} less over {years} years, though the two totals read alike once rounded.</source>
            <translation>得分与“{plan}”方案相同，而后者 {years} 年内少花 {cost}（两者总额四舍五入后相同）。</translation>
        </message>
        <message>
            <source>Scores the same as {plan}, whose likely first year costs {cost} less, though the two read alike once rounded.</source>
            <translation>得分与“{plan}”方案相同，而后者首年的预计成本少 {cost}（两者四舍五入后相同）。</translation>
        </message>
        <message>
            <source>At {point} monthly users the plan's WeCom chats would take {time}; the new plan needs fewer.</source>
            <translation>月活{point} 时，现方案中企业微信的聊天接待{time}；新方案所需人力更少。</translation>
        </message>
        <message>
            <source>At {point} monthly users the new plan costs less in its first year.</source>
            <translation>月活{point} 时，新方案首年的成本更低。</translation>
        </message>
        <message>
            <source>At {point} monthly users the plan's likely first-year cost would be {plan_cost} against your budget of {budget}; the new plan's is {cost}.</source>
            <translation>月活{point} 时，现方案首年预计 {plan_cost}，超出您的预算（{budget}）；新方案为 {cost}。</translation>
        </message>
        <message>
            <source>At {point} monthly users the plan's likely first-year cost would be {plan_cost} against your budget of {budget}; the new plan's, {cost}, is closer to it.</source>
            <translation>月活{point} 时，现方案首年预计 {plan_cost}，超出您的预算（{budget}）；新方案为 {cost}，更接近预算。</translation>
        </message>
        <message>
            <source>Could take WeChat Pay once verified ({fee} a year), in payment pages you would build for it; the plan's {member} takes your payments, and no such pages are costed.</source>
            <translation>完成微信认证（每年 {fee}）后也可接入微信支付，但需为其自建支付网页；本方案由{member}收款，因此不计这类网页的成本。</translation>
        </message>
        <message>
            <source>Could take WeChat Pay once verified ({fee} a year, for its yearly review), in payment pages you would build for it; the plan's {member} takes your payments, and no such pages are costed.</source>
            <translation>完成微信认证（每年 {fee}，用于每年一次的审核）后也可接入微信支付，但需为其自建支付网页；本方案由{member}收款，因此不计这类网页的成本。</translation>
        </message>
        <message>
            <source>Less {points} points for the staff time WeCom's chats take (rounded so that these lines add up to the score): {time}.</source>
            <translation>企业微信的聊天接待{time}，扣 {points} 分（已取整，使各行相加等于得分）。</translation>
        </message>
        <message>
            <source>Less {points} points because the budget covers only {share} of its likely first-year cost (rounded so that these lines add up to the score).</source>
            <translation>预算只够支付方案首年预计成本的 {share}，扣 {points} 分（已取整，使各行相加等于得分）。</translation>
        </message>
        <message>
            <source>Less {points} points because there is no budget for its likely first-year cost (rounded so that these lines add up to the score).</source>
            <translation>没有预算支付其首年预计成本，扣 {points} 分（已取整，使各行相加等于得分）。</translation>
        </message>
        <message>
            <source>With {users} monthly users it is priced as a custom build: a rented template is priced here for up to {limit} monthly users (the assumption “Largest audience a rented template Mini Program serves”).</source>
            <translation>月活用户为 {users} 时按定制开发计价：本模型中租用模板只适用于月活用户不超过 {limit} 的情况（见数据项“{assumption[mp_template_max_users]}”）。</translation>
        </message>
        <message>
            <source>Its likely first-year cost is {times} times {from}, the most a first year can cost without losing points: {points} more points off its score for its cost.</source>
            <translation>首年的预计成本是免扣分线 {from} 的 {times} 倍（首年成本在此线以内不因成本扣分），成本项因此多扣 {points} 分。</translation>
        </message>
        <message>
            <source>In the plan alone, as the best-scoring plan, though it serves your goals only weakly.</source>
            <translation>单独构成方案：在所有候选方案中得分最高，但对您目标的支持较弱。</translation>
        </message>
        <message>
            <source>{account} cannot be registered by {entity}; the {instead} can be, and it also messages followers.</source>
            <translation>{entity}不能注册{account}，但可以注册{instead}，它同样可以给粉丝发消息。</translation>
        </message>
        <message>
            <source>Only {share} of your audience is on WeChat in mainland China: the plan's WeChat presences reach only those, and the rest need a way in outside WeChat.</source>
            <translation>受众中只有 {share} 在中国大陆使用微信：方案中的微信渠道只能触达这部分人，其余受众需要通过微信以外的渠道触达。</translation>
        </message>
        <message>
            <source>At {point} monthly users the plan's likely first-year cost would be {plan_cost} against your budget of {budget}; the new plan's is a little closer to it, though the two read alike once rounded.</source>
            <translation>月活{point} 时，现方案首年预计 {plan_cost}，超出您的预算（{budget}）；新方案略低一些、更接近预算，只是两者四舍五入后相同。</translation>
        </message>
        <message>
            <source>The new plan's likely first-year cost is a little below the {plan_cost} of now, though the two read alike once rounded: a little less of a stretch for a smaller budget.</source>
            <translation>新方案首年的预计成本略低于现方案的 {plan_cost}（两者四舍五入后相同），预算较紧时压力略小。</translation>
        </message>
        <message>
            <source>No goal or special need is ticked: the plan is chosen for your customers' session length and your audience's size alone.</source>
            <translation>未勾选任何目标或特殊需求：方案仅依据用户的单次使用时长和受众规模选出。</translation>
        </message>
        <message>
            <source>No goal or special need is ticked: the plan is chosen for your messages, your customers' session length and your audience's size alone.</source>
            <translation>未勾选任何目标或特殊需求：方案仅依据您的消息、用户的单次使用时长和受众规模选出。</translation>
        </message>
        <message>
            <source>Your date to be live by, {date}, has passed: the plan takes about {weeks} weeks from the start of work.</source>
            <translation>您设定的上线日期 {date} 已经过去：项目启动后，方案约需 {weeks} 周上线。</translation>
        </message>
        <message>
            <source>Your date to be live by, {date}, has passed: the plan takes about a week from the start of work.</source>
            <translation>您设定的上线日期 {date} 已经过去：项目启动后，方案约需 1 周上线。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score {score} against {best}, and cost about the same, {cost} over {years} years.</source>
            <translation>若用它替换方案中的{member}，方案得分为 {score}（现为 {best}），{years} 年费用与现方案大致相同，约 {cost}。</translation>
        </message>
        <message>
            <source>{plan} scores the same as this plan ({score}) but is not shown: it is the plan plus {presences}, which would have nothing to do in it.</source>
            <translation>与此方案得分相同但未列出：{plan}，得分 {score}；它只是在推荐方案上加了{presences}，新增的渠道在其中不承担任何职能。</translation>
        </message>
        <message>
            <source>{plan} scores the same as this plan ({score}) but is not shown: it is {base} plus {presences}, which would have nothing to do in it.</source>
            <translation>与此方案得分相同但未列出：{plan}，得分 {score}；它只是在“{base}”上加了{presences}，新增的渠道在其中不承担任何职能。</translation>
        </message>
        <message>
            <source>{count} plans score the same as this plan ({score}) but are not shown: each is the plan or a plan shown here plus presences that would have nothing to do in it, such as {plan}.</source>
            <translation>与此方案得分相同但未列出：{count} 个方案，得分均为 {score}，每个都只是在推荐方案或已列出的方案上加了不承担任何职能的渠道，例如{plan}。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score the same, {score}, and cost {cost} against {plan_cost} over {years} years.</source>
            <translation>若用它替换方案中的{member}，方案得分相同，仍为 {score}，{years} 年共 {cost}（现为 {plan_cost}）。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score the same, {score}, and cost about the same, {cost} over {years} years: the two plans are a close call.</source>
            <translation>若用它替换方案中的{member}，方案得分相同，仍为 {score}，{years} 年费用也与现方案大致相同，约 {cost}：两个方案难分高下。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score the same, {score}, and cost {cost} against {plan_cost} over {years} years: {reach} of your {wanted} messages a month would go out as paid reach (ads shown to your users), where the plan needs none.</source>
            <translation>若用它替换方案中的{member}，方案得分相同，仍为 {score}，{years} 年共 {cost}（现为 {plan_cost}）：您每月 {wanted} 条消息中有 {reach} 条需通过付费触达（向您的用户投放广告）发出，而现方案无需付费触达。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score the same, {score}, and cost {cost} against {plan_cost} over {years} years: {reach} of your {wanted} messages a month would go out as paid reach (ads shown to your users), against {plan_reach} now.</source>
            <translation>若用它替换方案中的{member}，方案得分相同，仍为 {score}，{years} 年共 {cost}（现为 {plan_cost}）：您每月 {wanted} 条消息中有 {reach} 条需通过付费触达（向您的用户投放广告）发出，现为 {plan_reach} 条。</translation>
        </message>
        <message>
            <source>WeCom's staff time</source>
            <translation>企业微信聊天接待的人力</translation>
        </message>
        <message>
            <source>its cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>the budget</source>
            <translation>预算不足</translation>
        </message>
        <message>
            <source>{points} for {part}</source>
            <translation>{part}扣 {points} 分</translation>
        </message>
        <message>
            <source>The plan covers your goals and needs at {coverage} out of 100; less {parts}, it scores {score}.</source>
            <translation>方案对您的目标和需求的覆盖度为 {coverage}（满分 100）；{parts}，最终得分为 {score}。</translation>
        </message>
        <message>
            <source>{points} points for {part}</source>
            <translation>{part}扣 {points} 分</translation>
        </message>
        <message>
            <source>running {count} presences</source>
            <translation>同时运营 {count} 个渠道</translation>
        </message>
        <message>
            <source>just over {point}</source>
            <translation>略高于 {point}</translation>
        </message>
        <message>
            <source>just under {point}</source>
            <translation>略低于 {point}</translation>
        </message>
        <message>
            <source>A rented template at {rent_low} to {rent_high} a year, hosting and upkeep included: a ready-made {kinds} Mini Program for up to {limit} monthly users, set up in {low} to {high} weeks instead of being built (the ICP filing and the review still come before launch).</source>
            <translation>按年租用的现成模板小程序（SaaS），每年 {rent_low} 至 {rent_high}，含托管与维护：现成的{kinds}小程序，适用于月活用户不超过 {limit} 的情况，{low} 至 {high} 周即可配置完成，无需开发（上线前仍需完成 ICP 备案和平台审核）。</translation>
        </message>
        <message>
            <source>A rented template at {rent_low} to {rent_high} a year, hosting and upkeep included: a ready-made {kinds} Mini Program for up to {limit} monthly users, set up in {low} to {high} weeks instead of being built; with the ICP filing and the review before launch, live in about {weeks} weeks.</source>
            <translation>按年租用的现成模板小程序（SaaS），每年 {rent_low} 至 {rent_high}，含托管与维护：现成的{kinds}小程序，适用于月活用户不超过 {limit} 的情况，{low} 至 {high} 周即可配置完成，无需开发；加上上线前的 ICP 备案和平台审核，约 {weeks} 周上线。</translation>
        </message>
        <message>
            <source>A rented template, hosting and upkeep included: a ready-made {kinds} Mini Program for up to {limit} monthly users, set up in {low} to {high} weeks instead of being built (the ICP filing and the review still come before launch).</source>
            <translation>按年租用的现成模板小程序（SaaS），含托管与维护：现成的{kinds}小程序，适用于月活用户不超过 {limit} 的情况，{low} 至 {high} 周即可配置完成，无需开发（上线前仍需完成 ICP 备案和平台审核）。</translation>
        </message>
        <message>
            <source>A rented template, hosting and upkeep included: a ready-made {kinds} Mini Program for up to {limit} monthly users, set up in {low} to {high} weeks instead of being built; with the ICP filing and the review before launch, live in about {weeks} weeks.</source>
            <translation>按年租用的现成模板小程序（SaaS），含托管与维护：现成的{kinds}小程序，适用于月活用户不超过 {limit} 的情况，{low} 至 {high} 周即可配置完成，无需开发；加上上线前的 ICP 备案和平台审核，约 {weeks} 周上线。</translation>
        </message>
        <message>
            <source>ordering, booking or shop</source>
            <translation>点餐、预约或商城</translation>
        </message>
        <message>
            <source>information</source>
            <translation>信息展示类</translation>
        </message>
        <message>
            <source>There the new plan covers a little more, by less than a point out of 100.</source>
            <translation>此时新方案覆盖度略高，差距不到 1 分。</translation>
        </message>
        <message>
            <source>Above {free} customer contacts WeCom charges a fee for each further contact: {average} a year on average for your audience ({low} to {high}).</source>
            <translation>客户联系人超过 {free} 人后，企业微信对超出的每位联系人收费：按您的用户规模估算，平均每年 {average}（{low} 至 {high}）。</translation>
        </message>
        <message>
            <source>Its short videos and live streams are counted as produced for you, at {average} a year on average ({low} to {high}): {amount} of the plan's likely cost of {total} over {years} years, none of it if you film them yourself (the assumption “Producing short videos and live streams”).</source>
            <translation>短视频与直播按外包制作计入成本，平均每年 {average}（{low} 至 {high}）：在方案 {years} 年预计成本 {total} 中占 {amount}；如果由您自己拍摄，这部分为零（见数据项“{assumption[channels_production_cny]}”）。</translation>
        </message>
        <message>
            <source>Good for {goals}.</source>
            <translation>适合{goals}。</translation>
        </message>
        <message>
            <source>Cannot meet the special need you ticked: {needs}.</source>
            <translation>无法满足您勾选的特殊需求：{needs}。</translation>
        </message>
        <message>
            <source>Cannot meet the special needs you ticked: {needs}.</source>
            <translation>无法满足您勾选的特殊需求：{needs}。</translation>
        </message>
        <message>
            <source>Added, it would cut the plan's likely cost over {years} years to {cost} from {plan_cost}, as users won through ads cost less through WeChat than as app installs ({alt} per acquired user with it, {best} without); the score counts that saving for fewer points than adding it takes away.</source>
            <translation>加入后，方案 {years} 年预计成本将从 {plan_cost} 降至 {cost}，因为通过微信付费获取的用户比应用安装更便宜（加入后每位付费获客成本 {alt}，不加入为 {best}）；但在得分中，这笔节省抵不过加入它所扣的分。</translation>
        </message>
        <message>
            <source>Added, it would cut the plan's likely cost over {years} years to {cost} from {plan_cost}, as users served in a Mini Program need fewer servers than in an app ({alt} a year for 1,000 users with it, {best} without); the score counts that saving for fewer points than adding it takes away.</source>
            <translation>加入后，方案 {years} 年预计成本将从 {plan_cost} 降至 {cost}，因为在小程序中服务用户比在应用中所需的服务器更少（加入后每千名用户每年 {alt}，不加入为 {best}）；但在得分中，这笔节省抵不过加入它所扣的分。</translation>
        </message>
        <message>
            <source>Added, it would cut the plan's likely cost over {years} years to {cost} from {plan_cost}, as it relieves your staff's chats of {duties} ({alt} staff hours a month with it, {best} without); the score counts that saving for fewer points than adding it takes away.</source>
            <translation>加入后，方案 {years} 年预计成本将从 {plan_cost} 降至 {cost}，因为它接过了员工在聊天中承担的{duties}（加入后每月员工工时 {alt} 小时，不加入为 {best} 小时）；但在得分中，这笔节省抵不过加入它所扣的分。</translation>
        </message>
        <message>
            <source>Added, it would cut the plan's likely cost over {years} years to {cost} from {plan_cost}, as it sends more of your messages free ({alt} a month bought as paid reach with it, {best} without); the score counts that saving for fewer points than adding it takes away.</source>
            <translation>加入后，方案 {years} 年预计成本将从 {plan_cost} 降至 {cost}，因为它能免费发送更多消息（加入后每月付费触达 {alt} 条，不加入为 {best} 条）；但在得分中，这笔节省抵不过加入它所扣的分。</translation>
        </message>
        <message>
            <source>An app notifies its users for free, order and chat notices without limit, but Chinese Android phone makers cap its marketing and content notifications at a few a day.</source>
            <translation>应用可免费向用户推送通知，订单和聊天通知不限条数，但国内安卓手机厂商将其营销和内容类通知限制为每天几条。</translation>
        </message>
        <message>
            <source>A Mini Program reaches the camera, location, motion sensors, Bluetooth LE and NFC (on iPhone, ISO-DEP tags only), but not classic Bluetooth devices, USB or other wired devices, sensors in the background, or low-level device access.</source>
            <translation>小程序可以使用摄像头、定位、运动传感器、低功耗蓝牙和 NFC（iPhone 上仅限 ISO-DEP 标签），但无法使用经典蓝牙设备、USB 等有线设备、后台运行的传感器，也无法进行底层设备访问。</translation>
        </message>
        <message>
            <source>As an overseas company you publish an app in China through a Chinese entity (a subsidiary, or a licensed publisher or partner): every Chinese store, the App Store China included, needs an app ICP filing that only a Chinese entity can make.</source>
            <translation>作为海外企业，您须通过中国主体（子公司，或持牌发行商、合作方）在中国发布应用：所有国内应用商店（包括苹果中国区）都要求应用完成 ICP 备案，而只有中国主体才能办理。</translation>
        </message>
        <message>
            <source>Individuals cannot take WeChat Pay in any WeChat presence; register a business (a company or an individual business, 个体工商户) to sell.</source>
            <translation>个人无法在任何微信渠道中接入微信支付；如需销售，请注册企业或个体工商户。</translation>
        </message>
        <message>
            <source>A rented template would serve it for {rent_low} to {rent_high} a year, but a custom build is needed for {ends}: adding it would raise the plan's likely first-year cost by {cost}.</source>
            <translation>本可租用现成模板小程序（每年 {rent_low} 至 {rent_high}），但{ends}需要定制开发：加入它会使方案首年的预计成本增加 {cost}。</translation>
        </message>
        <message>
            <source>A rented template would serve it for {rent_low} to {rent_high} a year, but a custom build is needed for {ends}: building it costs {cost} in the first year.</source>
            <translation>本可租用现成模板小程序（每年 {rent_low} 至 {rent_high}），但{ends}需要定制开发：首年开发费用为 {cost}。</translation>
        </message>
        <message>
            <source>A rented template cannot serve it: a custom build is needed for {ends}.</source>
            <translation>无法租用现成模板小程序：{ends}需要定制开发。</translation>
        </message>
        <message>
            <source>Its {wanted} articles a month are counted as produced for you, at {average} each on average (up to {high}): {amount} of the plan's likely cost of {total} over {years} years, none of it if you write them yourself (the assumption “Producing one article broadcast (writing, layout, images)”).</source>
            <translation>每月 {wanted} 篇图文按外包代写（撰写、排版、配图）计入成本，平均每篇 {average}（最高 {high}）：在方案 {years} 年预计成本 {total} 中占 {amount}；如果由您自己撰写，这部分为零（见数据项“{assumption[content_per_message_cny]}”）。</translation>
        </message>
        <message>
            <source>Its one article a month is counted as produced for you, at {average} on average (up to {high}): {amount} of the plan's likely cost of {total} over {years} years, none of it if you write it yourself (the assumption “Producing one article broadcast (writing, layout, images)”).</source>
            <translation>每月 1 篇图文按外包代写（撰写、排版、配图）计入成本，平均每篇 {average}（最高 {high}）：在方案 {years} 年预计成本 {total} 中占 {amount}；如果由您自己撰写，这部分为零（见数据项“{assumption[content_per_message_cny]}”）。</translation>
        </message>
        <message>
            <source>Added, it would cut the plan's likely cost over {years} years to {cost} from {plan_cost}, as it sends your messages as short notifications, which cost nothing to write ({alt} messages a month written with it, {best} without); the score counts that saving for fewer points than adding it takes away.</source>
            <translation>加入后，方案 {years} 年预计成本将从 {plan_cost} 降至 {cost}，因为它以简短通知发送您的消息，不产生撰写费用（加入后每月需撰写 {alt} 条，不加入为 {best} 条）；但在得分中，这笔节省抵不过加入它所扣的分。</translation>
        </message>
        <message>
            <source>With {members} staff as members, WeCom's yearly fees come to {total}: {verify} for the verification and a member-scale fee of {fee}.</source>
            <translation>{members} 名员工都是成员，企业微信每年的费用共 {total}：认证费 {verify}，另加成员规模费 {fee}。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score {score} against {best}, and cost {cost} against {plan_cost} over {years} years: all {wanted} of your messages a month would go out as paid reach (ads shown to your users), where the plan needs none.</source>
            <translation>若用它替换方案中的{member}，方案得分为 {score}（现为 {best}），{years} 年共 {cost}（现为 {plan_cost}）：您每月的 {wanted} 条消息全部需通过付费触达（向您的用户投放广告）发出，而现方案无需付费触达。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score {score} against {best}, and cost {cost} against {plan_cost} over {years} years: all {wanted} of your messages a month would go out as paid reach (ads shown to your users), against {plan_reach} now.</source>
            <translation>若用它替换方案中的{member}，方案得分为 {score}（现为 {best}），{years} 年共 {cost}（现为 {plan_cost}）：您每月的 {wanted} 条消息全部需通过付费触达（向您的用户投放广告）发出，现为 {plan_reach} 条。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score the same, {score}, and cost {cost} against {plan_cost} over {years} years: all {wanted} of your messages a month would go out as paid reach (ads shown to your users), where the plan needs none.</source>
            <translation>若用它替换方案中的{member}，方案得分相同，仍为 {score}，{years} 年共 {cost}（现为 {plan_cost}）：您每月的 {wanted} 条消息全部需通过付费触达（向您的用户投放广告）发出，而现方案无需付费触达。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score the same, {score}, and cost {cost} against {plan_cost} over {years} years: all {wanted} of your messages a month would go out as paid reach (ads shown to your users), against {plan_reach} now.</source>
            <translation>若用它替换方案中的{member}，方案得分相同，仍为 {score}，{years} 年共 {cost}（现为 {plan_cost}）：您每月的 {wanted} 条消息全部需通过付费触达（向您的用户投放广告）发出，现为 {plan_reach} 条。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score {score} against {best}, and cost {cost} against {plan_cost} over {years} years, most of the difference in {part} ({amount} more).</source>
            <translation>若用它替换方案中的{member}，方案得分为 {score}（现为 {best}），{years} 年共 {cost}（现为 {plan_cost}），差额主要在{part}（多 {amount}）。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score the same, {score}, and cost {cost} against {plan_cost} over {years} years, most of the difference in {part} ({amount} more).</source>
            <translation>若用它替换方案中的{member}，方案得分相同，仍为 {score}，{years} 年共 {cost}（现为 {plan_cost}），差额主要在{part}（多 {amount}）。</translation>
        </message>
        <message>
            <source>Scores the same as the plan but costs {cost} more over {years} years, all of it in {part}.</source>
            <translation>得分与推荐方案相同，但 {years} 年内多花 {cost}，全部在{part}上。</translation>
        </message>
        <message>
            <source>Scores the same as the plan but costs {cost} more over {years} years, all of it in {part}, though the two totals read alike once rounded.</source>
            <translation>得分与推荐方案相同，但 {years} 年内多花 {cost}，全部在{part}上（两者总额四舍五入后相同）。</translation>
        </message>
        <message>
            <source>It costs {cost} less over {years} years, all of it in {part}; the score weighs cost by the first year, and that does not make up the gap.</source>
            <translation>此方案 {years} 年预计成本比推荐方案少 {cost}，全部在{part}上，但方案得分只计入首年成本，这笔节省弥补不了得分差距。</translation>
        </message>
        <message>
            <source>It costs {cost} less over {years} years, all of it in {part}: where cost weighs most with you, it is the one to choose.</source>
            <translation>此方案 {years} 年预计成本比推荐方案少 {cost}，全部在{part}上：如果您最看重成本，可选择此方案。</translation>
        </message>
        <message>
            <source>It covers more of your goals and needs: {alt} against {best}.</source>
            <translation>此方案对您目标和需求的覆盖度更高：{alt}，推荐方案为 {best}。</translation>
        </message>
        <message>
            <source>Your budget of {budget} is {gap} short of the plan's likely first-year cost of {cost}, which takes about {points} points off its score; the best plan within it is {plan}, at {other_cost} in its first year.</source>
            <translation>您的预算 {budget} 比方案首年的预计成本 {cost} 少 {gap}，方案得分因此约扣 {points} 分；预算之内最好的方案是{plan}，首年 {other_cost}。</translation>
        </message>
        <message>
            <source>Your budget of {budget} is {gap} short of the plan's likely first-year cost of {cost}, which takes about {points} points off its score; no plan that does what you asked for fits within it.</source>
            <translation>您的预算 {budget} 比方案首年的预计成本 {cost} 少 {gap}，方案得分因此约扣 {points} 分；能满足您需求的方案都超出这笔预算。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers only {share} of the plan's likely first-year cost of {cost}, which takes about {points} points off its score; the best plan within it is {plan}, at {other_cost} in its first year.</source>
            <translation>您的预算为 {budget}，仅够支付方案首年预计成本 {cost} 的 {share}，方案得分因此约扣 {points} 分；预算之内最好的方案是{plan}，首年 {other_cost}。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers only {share} of the plan's likely first-year cost of {cost}, which takes about {points} points off its score; no plan that does what you asked for fits within it.</source>
            <translation>您的预算为 {budget}，仅够支付方案首年预计成本 {cost} 的 {share}，方案得分因此约扣 {points} 分；能满足您需求的方案都超出这笔预算。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers none of the plan's likely first-year cost of {cost}, which takes about {points} points off its score; the best plan within it is {plan}, at {other_cost} in its first year.</source>
            <translation>您的预算为 {budget}，无法支付方案首年预计成本 {cost} 的任何部分，方案得分因此约扣 {points} 分；预算之内最好的方案是{plan}，首年 {other_cost}。</translation>
        </message>
        <message>
            <source>Your budget of {budget} covers none of the plan's likely first-year cost of {cost}, which takes about {points} points off its score; no plan that does what you asked for fits within it.</source>
            <translation>您的预算为 {budget}，无法支付方案首年预计成本 {cost} 的任何部分，方案得分因此约扣 {points} 分；能满足您需求的方案都超出这笔预算。</translation>
        </message>
        <message>
            <source>Less {points} points for its cost: {times} times {from}, the likely first-year cost of the cheapest plan, {cheapest}.</source>
            <translation>成本项扣 {points} 分：首年的预计成本是最便宜的“{cheapest}”方案（首年预计 {from}）的 {times} 倍。</translation>
        </message>
        <message>
            <source>Less {points} points for its cost (rounded so that these lines add up to the score): {times} times {from}, the likely first-year cost of the cheapest plan, {cheapest}.</source>
            <translation>成本项扣 {points} 分（已取整，使各行相加等于得分）：首年的预计成本是最便宜的“{cheapest}”方案（首年预计 {from}）的 {times} 倍。</translation>
        </message>
        <message>
            <source>Less {points} points for its cost: its likely first-year cost is {times} times the most a first year can cost without losing points.</source>
            <translation>成本项扣 {points} 分：首年的预计成本是免扣分线的 {times} 倍（首年成本在此线以内不因成本扣分）。</translation>
        </message>
        <message>
            <source>Less {points} points for its cost (rounded so that these lines add up to the score): its likely first-year cost is {times} times the most a first year can cost without losing points.</source>
            <translation>成本项扣 {points} 分（已取整，使各行相加等于得分）：首年的预计成本是免扣分线的 {times} 倍（首年成本在此线以内不因成本扣分）。</translation>
        </message>
        <message>
            <source>A strong fit for {goal} with the users it reaches.</source>
            <translation>就其触达的用户而言，非常适合{goal}。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points: {effort} for one more presence to run, and {cost_points} for {dearer}.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分：多运营一个渠道扣 {effort} 分，另扣 {cost_points} 分，因为{dearer}。</translation>
        </message>
        <message>
            <source>a dearer first year ({plan_cost} to {cost})</source>
            <translation>首年成本更高（从 {plan_cost} 升至 {cost}）</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score {score} against {best}, and cost {cost} against {plan_cost} over {years} years, most of the difference in {part} ({amount} more): more of the users won through ads would come as app installs, which cost more than through WeChat ({alt} per acquired user, against {plan_alt} in the plan).</source>
            <translation>若用它替换方案中的{member}，方案得分为 {score}（现为 {best}），{years} 年共 {cost}（现为 {plan_cost}），差额主要在{part}（多 {amount}）：更多付费获取的用户将通过应用安装而来，比通过微信获取更贵（每位付费获客成本为 {alt}，现方案为 {plan_alt}）。</translation>
        </message>
        <message>
            <source>In place of the plan's {member} the plan would score the same, {score}, and cost {cost} against {plan_cost} over {years} years, most of the difference in {part} ({amount} more): more of the users won through ads would come as app installs, which cost more than through WeChat ({alt} per acquired user, against {plan_alt} in the plan).</source>
            <translation>若用它替换方案中的{member}，方案得分相同，仍为 {score}，{years} 年共 {cost}（现为 {plan_cost}），差额主要在{part}（多 {amount}）：更多付费获取的用户将通过应用安装而来，比通过微信获取更贵（每位付费获客成本为 {alt}，现方案为 {plan_alt}）。</translation>
        </message>
        <message>
            <source>a dearer first year ({plan_cost} to {cost}), its {wanted} messages a month written rather than sent as the app's free notifications</source>
            <translation>首年成本更高（从 {plan_cost} 升至 {cost}），每月 {wanted} 条消息需撰写，而不是以应用的免费通知发送</translation>
        </message>
        <message>
            <source>With {users} staff as its users, an app of your own suits the size.</source>
            <translation>员工用户有 {users} 人，这一规模适合自建应用。</translation>
        </message>
        <message>
            <source>With {users} staff as its users, an app of your own is a large build for so few; WeChat suits the size better.</source>
            <translation>员工用户只有 {users} 人，为这么少的用户自建应用投入过大；微信更适合这一规模。</translation>
        </message>
        <message>
            <source>With {users} staff as its users the app may not pay back its cost.</source>
            <translation>员工用户只有 {users} 人，应用可能难以收回成本。</translation>
        </message>
        <message>
            <source>“{card}” is ruled out, as its card says: its line shows what it would cost, for comparison only.</source>
            <translation>“{card}”已排除（原因见其卡片）：其成本曲线仅供对照。</translation>
        </message>
        <message>
            <source>“{card}” and “{other}” are ruled out, as their cards say: their lines show what each would cost, for comparison only.</source>
            <translation>“{card}”和“{other}”已排除（原因见各自卡片）：其成本曲线仅供对照。</translation>
        </message>
        <message>
            <source>“{card}”, “{other}” and “{third}” are ruled out, as their cards say: their lines show what each would cost, for comparison only.</source>
            <translation>“{card}”、“{other}”和“{third}”已排除（原因见各自卡片）：其成本曲线仅供对照。</translation>
        </message>
        <message>
            <source>An app notifies its users for free, order and chat notices without limit.</source>
            <translation>应用可免费向用户推送通知，订单和聊天通知不限条数。</translation>
        </message>
        <message>
            <source>Its {wanted} articles a month are counted as produced for you, at {average} each on average (up to {high}): {amount} of the plan's likely cost of {total} over {years} years, none of it if you write them yourself (the assumption “Producing one article broadcast (writing, layout, images)”). A plan without it pays for them too: another member, or paid ads, would carry the messages.</source>
            <translation>每月 {wanted} 篇图文按外包代写（撰写、排版、配图）计入成本，平均每篇 {average}（最高 {high}）：在方案 {years} 年预计成本 {total} 中占 {amount}；如果由您自己撰写，这部分为零（见数据项“{assumption[content_per_message_cny]}”）。不含它的方案同样要为这些图文付费：改由其他渠道或付费广告发送消息。</translation>
        </message>
        <message>
            <source>Its one article a month is counted as produced for you, at {average} on average (up to {high}): {amount} of the plan's likely cost of {total} over {years} years, none of it if you write it yourself (the assumption “Producing one article broadcast (writing, layout, images)”). A plan without it pays for it too: another member, or paid ads, would carry the message.</source>
            <translation>每月 1 篇图文按外包代写（撰写、排版、配图）计入成本，平均每篇 {average}（最高 {high}）：在方案 {years} 年预计成本 {total} 中占 {amount}；如果由您自己撰写，这部分为零（见数据项“{assumption[content_per_message_cny]}”）。不含它的方案同样要为这篇图文付费：改由其他渠道或付费广告发送消息。</translation>
        </message>
        <message>
            <source>{plan} scores {score}, more than this plan, but is not shown: it is the plan plus {presences}, which would have nothing to do in it.</source>
            <translation>排名高于此方案但未列出：{plan}，得分 {score}；它只是在推荐方案上加了{presences}，新增的渠道在其中不承担任何职能。</translation>
        </message>
        <message>
            <source>{plan} scores {score}, more than this plan, but is not shown: it is {base} plus {presences}, which would have nothing to do in it.</source>
            <translation>排名高于此方案但未列出：{plan}，得分 {score}；它只是在“{base}”上加了{presences}，新增的渠道在其中不承担任何职能。</translation>
        </message>
        <message>
            <source>{plan} scores a fraction of a point more than this plan but is not shown: it is the plan plus {presences}, which would have nothing to do in it.</source>
            <translation>得分略高于此方案（相差不到一分）但未列出：{plan}，它只是在推荐方案上加了{presences}，新增的渠道在其中不承担任何职能。</translation>
        </message>
        <message>
            <source>{plan} scores a fraction of a point more than this plan but is not shown: it is {base} plus {presences}, which would have nothing to do in it.</source>
            <translation>得分略高于此方案（相差不到一分）但未列出：{plan}，它只是在“{base}”上加了{presences}，新增的渠道在其中不承担任何职能。</translation>
        </message>
        <message>
            <source>{count} plans score a fraction of a point more than this plan but are not shown: each is the plan or a plan shown here plus presences that would have nothing to do in it, such as {plan}.</source>
            <translation>得分略高于此方案（相差不到一分）但未列出：{count} 个方案，每个都只是在推荐方案或已列出的方案上加了不承担任何职能的渠道，例如{plan}。</translation>
        </message>
        <message>
            <source>{count} plans score up to {score}, more than this plan, but are not shown: each is the plan or a plan shown here plus presences that would have nothing to do in it, such as {plan}.</source>
            <translation>排名高于此方案但未列出：{count} 个方案，得分最高 {score}，每个都只是在推荐方案或已列出的方案上加了不承担任何职能的渠道，例如{plan}。</translation>
        </message>
        <message>
            <source>There the new plan covers {alt} out of 100 of your goals and needs, the current plan {best}.</source>
            <translation>此时新方案对您目标和需求的覆盖度为 {alt}（满分 100），现方案为 {best}。</translation>
        </message>
        <message>
            <source>There the new plan covers {alt} out of 100 of your goals and needs, the current plan {best} ({now} today).</source>
            <translation>此时新方案对您目标和需求的覆盖度为 {alt}（满分 100），现方案此时为 {best}（目前为 {now}）。</translation>
        </message>
        <message>
            <source>Over {years} years the plan with a Mini Program likely costs less than with a native app at every audience size.</source>
            <translation>按预计成本，{years} 年内无论用户规模多大，含小程序的方案都比含原生应用的方案便宜。</translation>
        </message>
        <message>
            <source>Over {years} years the plan with a native app likely costs less than with a Mini Program at every audience size.</source>
            <translation>按预计成本，{years} 年内无论用户规模多大，含原生应用的方案都比含小程序的方案便宜。</translation>
        </message>
        <message>
            <source>Over {years} years the likely cheaper of the app and the Mini Program changes at about {users} monthly users (you aim for {audience}).</source>
            <translation>按预计成本，{years} 年内，月活用户约 {users} 时，原生应用与小程序谁更便宜会发生变化（您计划 {audience}）。</translation>
        </message>
        <message>
            <source>Were the plan to add one, over {years} years a Mini Program would likely cost less than a native app at every audience size.</source>
            <translation>若在方案中加入其一：按预计成本，{years} 年内无论用户规模多大，加小程序都比加原生应用便宜。</translation>
        </message>
        <message>
            <source>Were the plan to add one, over {years} years a native app would likely cost less than a Mini Program at every audience size.</source>
            <translation>若在方案中加入其一：按预计成本，{years} 年内无论用户规模多大，加原生应用都比加小程序便宜。</translation>
        </message>
        <message>
            <source>Were the plan to add one, the likely cheaper of an app and a Mini Program over {years} years changes at about {users} monthly users (you aim for {audience}).</source>
            <translation>若在方案中加入其一：按预计成本，{years} 年内，月活用户约 {users} 时，原生应用与小程序谁更便宜会发生变化（您计划 {audience}）。</translation>
        </message>
        <message>
            <source>Likely too late for your date of {date}: likely live on {live}.</source>
            <translation>很可能赶不上您设定的上线日期 {date}：预计 {live} 上线。</translation>
        </message>
        <message>
            <source>Likely in time for your date of {date}, unlike the plan: likely live on {live}.</source>
            <translation>很可能赶上您设定的上线日期 {date}（推荐方案赶不上）：预计 {live} 上线。</translation>
        </message>
        <message>
            <source>The plan is likely live in about {weeks} weeks, on {live}, after your date of {date}.</source>
            <translation>方案预计约 {weeks} 周后（{live}）上线，晚于您设定的 {date}。</translation>
        </message>
        <message>
            <source>The plan is likely live in about a week, on {live}, after your date of {date}.</source>
            <translation>方案预计约一周后（{live}）上线，晚于您设定的 {date}。</translation>
        </message>
        <message>
            <source>Staff can send each customer up to {limit} mass messages a month, and chat with each one 1:1, as a friend would.</source>
            <translation>员工每月可向每位客户群发最多 {limit} 条消息，并可像朋友一样与每位客户一对一聊天。</translation>
        </message>
        <message>
            <source>Takes WeChat Pay once verified ({fee} a year), in payment pages rented from a template vendor.</source>
            <translation>完成认证（每年 {fee}）后可接入微信支付，支付网页向模板服务商租用。</translation>
        </message>
        <message>
            <source>Takes WeChat Pay once verified, in payment pages rented from a template vendor.</source>
            <translation>完成认证后可接入微信支付，支付网页向模板服务商租用。</translation>
        </message>
        <message>
            <source>Could take WeChat Pay once verified ({fee} a year), in payment pages you would rent from a template vendor; the plan's {member} takes your payments, and no such pages are costed.</source>
            <translation>完成微信认证（每年 {fee}）后也可接入微信支付，但需向模板服务商租用支付网页；本方案由{member}收款，因此不计这类网页的成本。</translation>
        </message>
        <message>
            <source>Costs the same as the plan: its Service Account takes your payments in payment pages rented from a template vendor, as the plan's Mini Program is rented (the assumption “Payment pages of a Service Account, as a share of a Mini Program of the same scope”).</source>
            <translation>费用与推荐方案相同：此方案的服务号在向模板服务商租用的支付网页中收款，与推荐方案中的小程序一样按租用计费（见数据项“{assumption[service_pay_pages_share]}”）。</translation>
        </message>
        <message>
            <source>Your one message a month fits within its one push a day.</source>
            <translation>您每月 1 条消息在它每天一次的群发额度之内。</translation>
        </message>
        <message>
            <source>Your one message a month reaches your staff through WeCom as a work notice, free; staff write it, so no content production is counted for it.</source>
            <translation>每月 1 条消息以工作通知的形式通过企业微信免费发给员工；消息由员工自己撰写，因此不计内容制作费用。</translation>
        </message>
        <message>
            <source>Above {free} customer contacts WeCom charges a fee for each further contact; in the plan it holds none of your customers as contacts, so the plan pays none.</source>
            <translation>客户联系人超过 {free} 人后，企业微信对超出的每位联系人收费；在方案中它不保存您的任何客户为联系人，所以方案无需支付这笔费用。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points: {effort} for one more presence to run, and {cost_points} from rounding the two scores; its first year ({plan_cost} to {cost}) takes less than {least} points.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分：多运营一个渠道扣 {effort} 分，另 {cost_points} 分来自两个得分的取整；其首年成本（从 {plan_cost} 升至 {cost}）所扣不足 {least} 分。</translation>
        </message>
        <message>
            <source>Not in the plan: adding it would lower the plan's score by {points} points: {effort} for one more presence to run, and, rounded so that the parts add up, {cost_points} for {dearer}.</source>
            <translation>不在方案中：加入它会使方案得分降低 {points} 分：多运营一个渠道扣 {effort} 分，另扣 {cost_points} 分（已取整，使各项相加等于 {points} 分），因为{dearer}。</translation>
        </message>
        <message>
            <source>Scores and costs the same as {plan}: the two are level.</source>
            <translation>得分和费用都与“{plan}”方案相同：两者不分高下。</translation>
        </message>
        <message>
            <source>Above {value} the new plan's likely first year, {cost}, is beyond your budget of {budget}: the plan is then {plan}, up to {end}.</source>
            <translation>超过 {value} 时，新方案首年预计 {cost}，超出您的预算（{budget}），推荐方案变为{plan}，直至 {end}。</translation>
        </message>
        <message>
            <source>Above {value} the new plan's likely first year, {cost}, is beyond your budget of {budget}: just past it the plan is {plan}.</source>
            <translation>超过 {value} 时，新方案首年预计 {cost}，超出您的预算（{budget}），刚超过时推荐方案为{plan}。</translation>
        </message>
        <message>
            <source>Above {value}, up to {end}, the plan is {plan}.</source>
            <translation>超过 {value}、至多 {end} 时，推荐方案变为{plan}。</translation>
        </message>
        <message>
            <source>Below {value}, down to {end}, the plan is {plan}.</source>
            <translation>低于 {value}、至少 {end} 时，推荐方案变为{plan}。</translation>
        </message>
        <message>
            <source>Just above {value} the plan is {plan}.</source>
            <translation>刚超过 {value} 时，推荐方案变为{plan}。</translation>
        </message>
        <message>
            <source>Just below {value} the plan is {plan}.</source>
            <translation>刚低于 {value} 时，推荐方案变为{plan}。</translation>
        </message>
        <message>
            <source>Costs more than {other} over {years} years though it lacks {presences}: users won through ads cost less through WeChat than as app installs, {alt} per acquired user, against {best} in {other}.</source>
            <translation>虽然少了{presences}，{years} 年总成本却比“{other}”更高：通过微信付费获取的用户比应用安装更便宜，此方案每位付费获客成本为 {alt}，“{other}”为 {best}。</translation>
        </message>
        <message>
            <source>Costs more than {other} over {years} years though it lacks {presences}: users served in a Mini Program need fewer servers than in an app, {alt} a year for 1,000 users, against {best} in {other}.</source>
            <translation>虽然少了{presences}，{years} 年总成本却比“{other}”更高：在小程序中服务用户比在应用中所需的服务器更少，此方案每千名用户每年 {alt}，“{other}”为 {best}。</translation>
        </message>
        <message>
            <source>Costs more than {other} over {years} years though it lacks {presences}: without it your staff handle {duties} by chat, {alt} staff hours a month, against {best} in {other}.</source>
            <translation>虽然少了{presences}，{years} 年总成本却比“{other}”更高：没有{presences}，员工要通过聊天承担{duties}，此方案每月员工工时为 {alt} 小时，“{other}”为 {best} 小时。</translation>
        </message>
        <message>
            <source>Costs more than {other} over {years} years though it lacks {presences}: it sends fewer of your messages free, and pays for {alt} of them a month as paid reach, against {best} in {other}.</source>
            <translation>虽然少了{presences}，{years} 年总成本却比“{other}”更高：此方案能免费发送的消息更少，每月需付费触达 {alt} 条，“{other}”为 {best} 条。</translation>
        </message>
        <message>
            <source>Costs more than {other} over {years} years though it lacks {presences}: without the app each of your messages is written, where the app sends them as short notifications that cost nothing to write: {alt} messages a month written, against {best} in {other}.</source>
            <translation>虽然少了{presences}，{years} 年总成本却比“{other}”更高：没有应用，每条消息都要撰写，而应用以简短通知发送消息，不产生撰写费用；此方案每月需撰写 {alt} 条，“{other}”为 {best} 条。</translation>
        </message>
        <message>
            <source>Costs less over {years} years though it adds {presences}: users won through ads cost less through WeChat than as app installs, {alt} per acquired user, against {best} in the plan.</source>
            <translation>虽然多了{presences}，{years} 年总成本却更低：通过微信付费获取的用户比应用安装更便宜，此方案每位付费获客成本为 {alt}，推荐方案为 {best}。</translation>
        </message>
        <message>
            <source>Costs more over {years} years though it drops {presences}: users won through ads cost less through WeChat than as app installs, {alt} per acquired user, against {best} in the plan.</source>
            <translation>虽然少了{presences}，{years} 年总成本却更高：通过微信付费获取的用户比应用安装更便宜，此方案每位付费获客成本为 {alt}，推荐方案为 {best}。</translation>
        </message>
        <message>
            <source>Costs less over {years} years though it adds {presences}: users served in a Mini Program need fewer servers than in an app, {alt} a year for 1,000 users, against {best} in the plan.</source>
            <translation>虽然多了{presences}，{years} 年总成本却更低：在小程序中服务用户比在应用中所需的服务器更少，此方案每千名用户每年 {alt}，推荐方案为 {best}。</translation>
        </message>
        <message>
            <source>Costs more over {years} years though it drops {presences}: users served in a Mini Program need fewer servers than in an app, {alt} a year for 1,000 users, against {best} in the plan.</source>
            <translation>虽然少了{presences}，{years} 年总成本却更高：在小程序中服务用户比在应用中所需的服务器更少，此方案每千名用户每年 {alt}，推荐方案为 {best}。</translation>
        </message>
        <message>
            <source>Costs less over {years} years though it adds {presences}: it relieves your staff's chats of {duties}, {alt} staff hours a month, against {best} in the plan.</source>
            <translation>虽然多了{presences}，{years} 年总成本却更低：{presences}接过了员工在聊天中承担的{duties}，此方案每月员工工时为 {alt} 小时，推荐方案为 {best} 小时。</translation>
        </message>
        <message>
            <source>Costs more over {years} years though it drops {presences}: without it your staff handle {duties} by chat, {alt} staff hours a month, against {best} in the plan.</source>
            <translation>虽然少了{presences}，{years} 年总成本却更高：没有{presences}，员工要通过聊天承担{duties}，此方案每月员工工时为 {alt} 小时，推荐方案为 {best} 小时。</translation>
        </message>
        <message>
            <source>Costs less over {years} years though it adds {presences}: it sends more of your messages free, and pays for {alt} of them a month as paid reach, against {best} in the plan.</source>
            <translation>虽然多了{presences}，{years} 年总成本却更低：此方案能免费发送更多消息，每月只需付费触达 {alt} 条，推荐方案需 {best} 条。</translation>
        </message>
        <message>
            <source>Costs more over {years} years though it drops {presences}: it sends fewer of your messages free, and pays for {alt} of them a month as paid reach, against {best} in the plan.</source>
            <translation>虽然少了{presences}，{years} 年总成本却更高：此方案能免费发送的消息更少，每月需付费触达 {alt} 条，推荐方案为 {best} 条。</translation>
        </message>
        <message>
            <source>Costs less over {years} years though it adds {presences}: its app sends your messages as short notifications, which cost nothing to write, where the plan has each one written: {alt} messages a month written, against {best} in the plan.</source>
            <translation>虽然多了{presences}，{years} 年总成本却更低：此方案由应用以简短通知发送您的消息，不产生撰写费用，而推荐方案的每条消息都要撰写；此方案每月需撰写 {alt} 条，推荐方案为 {best} 条。</translation>
        </message>
        <message>
            <source>Costs more over {years} years though it drops {presences}: without the app each of your messages is written, where the app sends them as short notifications that cost nothing to write: {alt} messages a month written, against {best} in the plan.</source>
            <translation>虽然少了{presences}，{years} 年总成本却更高：没有应用，每条消息都要撰写，而应用以简短通知发送消息，不产生撰写费用；此方案每月需撰写 {alt} 条，推荐方案为 {best} 条。</translation>
        </message>
        <message>
            <source>The new plan has fewer presences to run, though it covers less of your goals and needs ({alt} against {best} out of 100); at that point this outweighs its dearer first year.</source>
            <translation>新方案需要运营的渠道更少，但对您目标和需求的覆盖度较低（满分 100：新方案 {alt}，现方案 {best}）；此时这一优势足以抵消新方案较高的首年成本。</translation>
        </message>
        <message>
            <source>The new plan has fewer presences to run, though it covers less of your goals and needs ({alt} against {best} out of 100), and a budget that large covers its likely first-year cost of {cost}.</source>
            <translation>新方案需要运营的渠道更少，但对您目标和需求的覆盖度较低（满分 100：新方案 {alt}，现方案 {best}），而这样的预算足以支付它首年的预计成本 {cost}。</translation>
        </message>
        <message>
            <source>The new plan has fewer presences to run, though it covers less of your goals and needs ({alt} against {best} out of 100); at that budget this outweighs the shortfall against its likely first-year cost of {cost} ({plan_cost} for the current plan).</source>
            <translation>新方案需要运营的渠道更少，但对您目标和需求的覆盖度较低（满分 100：新方案 {alt}，现方案 {best}）；在该预算下，这一优势足以抵消其首年预计成本 {cost} 超出预算的部分（现方案首年为 {plan_cost}）。</translation>
        </message>
        <message>
            <source>Publishing in your own name, you are taken to film its short videos and live streams yourself, so no video production is counted for them.</source>
            <translation>以个人名义运营，短视频和直播按由您自己拍摄计算，因此不计视频制作费用。</translation>
        </message>
        <message>
            <source>Your {wanted} messages a month fit within its one push a day; publishing in your own name, you are taken to write them yourself, so no content production is counted for them.</source>
            <translation>您每月 {wanted} 条消息在它每天一次的群发额度之内；以个人名义运营，消息按由您自己撰写计算，因此不计内容制作费用。</translation>
        </message>
        <message>
            <source>Your one message a month fits within its one push a day; publishing in your own name, you are taken to write it yourself, so no content production is counted for it.</source>
            <translation>您每月 1 条消息在它每天一次的群发额度之内；以个人名义运营，消息按由您自己撰写计算，因此不计内容制作费用。</translation>
        </message>
        <message>
            <source>Above {value}, up to {end}, the plan is as it is now.</source>
            <translation>超过 {value}、至多 {end} 时，推荐方案与现在相同。</translation>
        </message>
        <message>
            <source>Below {value}, down to {end}, the plan is as it is now.</source>
            <translation>低于 {value}、至少 {end} 时，推荐方案与现在相同。</translation>
        </message>
        <message>
            <source>Above {value} the new plan's likely first year, {cost}, is beyond your budget of {budget}: the plan is as it is now, up to {end}.</source>
            <translation>超过 {value} 时，新方案首年预计 {cost}，超出您的预算（{budget}）：至多 {end} 时，推荐方案与现在相同。</translation>
        </message>
        <message>
            <source>The plan is likely live on {live}, in time for your date of {date}, but not at its slowest: that would be {slowest}.</source>
            <translation>方案预计 {live} 上线，很可能赶上您设定的上线日期 {date}，但进度最慢时要到 {slowest} 才能上线。</translation>
        </message>
        <message>
            <source>a dearer first year ({plan_cost} to {cost}, beyond your budget of {budget})</source>
            <translation>首年成本更高（从 {plan_cost} 升至 {cost}，超出您的预算 {budget}）</translation>
        </message>
        <message>
            <source>a dearer first year ({plan_cost} to {cost}, beyond your budget of {budget}), its {wanted} messages a month written rather than sent as the app's free notifications</source>
            <translation>首年成本更高（从 {plan_cost} 升至 {cost}，超出您的预算 {budget}），每月 {wanted} 条消息需撰写，而不是以应用的免费通知发送</translation>
        </message>
        <message>
            <source>It costs {cost} less over {years} years, but cost takes no points here: both plans' likely first years are within {from}, the most a first year can cost without losing points.</source>
            <translation>此方案 {years} 年预计成本比推荐方案少 {cost}，但这里成本不扣分：两个方案的首年预计成本都在免扣分线 {from} 以内（首年成本在此线以内不因成本扣分）。</translation>
        </message>
        <message>
            <source>It costs {cost} less over {years} years, all of it in {part}, but cost takes no points here: both plans' likely first years are within {from}, the most a first year can cost without losing points.</source>
            <translation>此方案 {years} 年预计成本比推荐方案少 {cost}，全部在{part}上，但这里成本不扣分：两个方案的首年预计成本都在免扣分线 {from} 以内（首年成本在此线以内不因成本扣分）。</translation>
        </message>
        <message>
            <source>It costs {cost} less over its one year; the score weighs that saving, and it does not make up the gap.</source>
            <translation>此方案 1 年预计成本比推荐方案少 {cost}；得分已计入这笔节省，但仍弥补不了得分差距。</translation>
        </message>
        <message>
            <source>It costs {cost} less over its one year, all of it in {part}; the score weighs that saving, and it does not make up the gap.</source>
            <translation>此方案 1 年预计成本比推荐方案少 {cost}，全部在{part}上；得分已计入这笔节省，但仍弥补不了得分差距。</translation>
        </message>
        <message>
            <source>Of the next best plans, {plan} is likely live in time, on {live}.</source>
            <translation>备选方案中，“{plan}”很可能赶上：预计 {live} 上线。</translation>
        </message>
        <message>
            <source>The plan is weak at {goal}: its best at it, {member}, score {score} out of 100 each for it.</source>
            <translation>方案在{goal}方面较弱：方案中做得最好的{member}也各只有 {score} 分（满分 100）。</translation>
        </message>
        <message>
            <source>This plan is weak at {goal}: its best at it, {member}, score {score} out of 100 each for it.</source>
            <translation>此方案在{goal}方面较弱：其中做得最好的{member}也各只有 {score} 分（满分 100）。</translation>
        </message>
        <message>
            <source>The plan is likely live in about {weeks} weeks, after your date of {date}: even at its quickest it would be live only on {earliest}.</source>
            <translation>方案预计约 {weeks} 周后上线，晚于您设定的 {date}：即使进度最快，也要到 {earliest} 才能上线。</translation>
        </message>
        <message>
            <source>Your {wanted} messages a month fit within its {limit} broadcasts a month, and they usually land in the chat list with an alert (WeChat has been testing a 服务号 folder for them).</source>
            <translation>您每月 {wanted} 条消息在它每月 {limit} 次的群发额度之内，消息通常会出现在聊天列表并有提醒（微信正在测试将其收入“服务号”折叠栏）。</translation>
        </message>
        <message>
            <source>Your one message a month fits within its {limit} broadcasts a month, and usually lands in the chat list with an alert (WeChat has been testing a 服务号 folder for them).</source>
            <translation>您每月 1 条消息在它每月 {limit} 次的群发额度之内，消息通常会出现在聊天列表并有提醒（微信正在测试将其收入“服务号”折叠栏）。</translation>
        </message>
        <message>
            <source>The best plan likely live in time is {plan}: it scores {score} against the plan's {best}, its likely first year is {cost}, and it would likely be live on {live}.</source>
            <translation>能按时上线的方案中最好的是“{plan}”：得分 {score}（推荐方案 {best}），首年预计 {cost}，预计 {live} 上线。</translation>
        </message>
        <message>
            <source>Its payment pages are costed as a Mini Program of the same scope: building them costs {cost} in the first year (the assumption “Payment pages of a Service Account, as a share of a Mini Program of the same scope”).</source>
            <translation>其自建支付网页按同等范围的小程序计算：首年开发费用为 {cost}（见数据项“{assumption[service_pay_pages_share]}”）。</translation>
        </message>
        <message>
            <source>Its payment pages are costed as a Mini Program of the same scope.</source>
            <translation>其自建支付网页按同等范围的小程序计算费用。</translation>
        </message>
        <message>
            <source>Costs the same as the plan: its Mini Program takes your payments in place of the Service Account's payment pages, which are costed as a Mini Program of the same scope (the assumption “Payment pages of a Service Account, as a share of a Mini Program of the same scope”).</source>
            <translation>费用与推荐方案相同：此方案由小程序代替服务号的自建支付网页收款，而这些网页的费用本就按同等范围的小程序计算（见数据项“{assumption[service_pay_pages_share]}”）。</translation>
        </message>
        <message>
            <source>Costs the same as the plan: its Mini Program takes your payments in place of the Service Account's payment pages, which are rented from a template vendor as it is (the assumption “Payment pages of a Service Account, as a share of a Mini Program of the same scope”).</source>
            <translation>费用与推荐方案相同：此方案由小程序代替服务号的支付网页收款，而这些网页与小程序一样向模板服务商租用（见数据项“{assumption[service_pay_pages_share]}”）。</translation>
        </message>
        <message>
            <source>The costs leave out WeChat Pay's fee on each payment: {percent}% of the amount paid, {low_percent}% to {high_percent}% by your industry, since wxdesk does not ask how much you sell.</source>
            <translation>各方案的成本均未计入微信支付每笔交易的手续费：交易金额的 {percent}%，因行业不同在 {low_percent}% 至 {high_percent}% 之间；wxdesk 不询问您的销售额，因此无法计入。</translation>
        </message>
        <message>
            <source>The costs leave out WeChat Pay's fee on each payment, which an overseas company pays as a cross-border merchant: more than a mainland merchant's {percent}% of the amount paid, since wxdesk does not ask how much you sell.</source>
            <translation>各方案的成本均未计入微信支付每笔交易的手续费：海外公司作为跨境商户，费率高于境内商户的 {percent}%；wxdesk 不询问您的销售额，因此无法计入。</translation>
        </message>
        <message>
            <source>Good for {goals} with the users it reaches, though a weak fit for what you want as a whole.</source>
            <translation>就其触达的用户而言适合{goals}，但整体上与您的需求适配度较弱。</translation>
        </message>
        <message>
            <source>Your audience on WeChat in mainland China, {users} monthly users, is more than all of WeChat's monthly users: the plan's costs count people who do not exist.</source>
            <translation>您在中国大陆微信上的月活用户为 {users}，超过了微信全部的月活用户：方案的成本计入了并不存在的用户。</translation>
        </message>
        <message>
            <source>With no monthly users, the plan and its costs are those of presences that serve nobody: set the number of users you expect.</source>
            <translation>月活用户为 0 时，方案及其成本只是搭建和运营一些无人使用的渠道：请填写您预期的用户数。</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <location filename="../../wxdesk/ui/document.py" line="-216" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First-year budget</source>
            <translation>首年预算</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session length (minutes)</source>
            <translation>单次使用时长（分钟）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly users</source>
            <translation>月活用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On WeChat in mainland China</source>
            <translation>中国大陆微信用户占比</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Messages a month</source>
            <translation>每月消息数</translation>
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
            <source>Horizon (years)</source>
            <translation>规划年限（年）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered as</source>
            <translation>注册主体</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Users won through ads</source>
            <translation>通过广告获取的用户比例</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Client</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed data-pack figures</source>
            <translation>已修改的数据包数据</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Must be live by</source>
            <translation>最晚上线日期</translation>
        </message>
        <message>
            <location filename="../../wxdesk/words/comparison.py" line="-142" />
            <source>Saved with the data pack of</source>
            <translation>保存时所用数据包</translation>
        </message>
    </context>
    <context>
        <name>recovery</name>
        <message>
            <location filename="../../wxdesk/ui/recovery.py" line="-142" />
            <source>never saved</source>
            <translation>从未保存</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 — autosaved %2 (%3)</source>
            <translation>%1 — 自动保存于 %2（%3）</translation>
        </message>
        <message>
            <location line="+161" />
            <source>Discard unsaved work?</source>
            <translation>放弃未保存的工作？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The work is deleted and cannot be restored later.</source>
            <translation>这些工作将被删除，之后无法恢复。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Restored the work autosaved %1; save it to keep it.</source>
            <translation>已恢复 %1 自动保存的工作；请保存以留存。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Changes to figures dropped</source>
            <translation>已舍弃对数据的修改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The restored work changed figures that the data pack in use does not have: %1. Those changes were dropped; the rest of the work is restored.</source>
            <translation>恢复的工作修改了当前数据包中没有的数据：%1。这些修改已舍弃，其余工作均已恢复。</translation>
        </message>
        <message>
            <location line="-210" />
            <source>Untitled scenario</source>
            <translation>未命名场景</translation>
        </message>
    </context>
    <context>
        <name>saving</name>
        <message>
            <location filename="../../wxdesk/ui/saving.py" line="+58" />
            <source>%1 is in wxdesk's recovery folder, where unsaved work is kept for a while and then removed; save in another folder.</source>
            <translation>%1 位于 wxdesk 的恢复文件夹中，未保存的工作只在那里暂存一段时间，之后会被删除；请保存到其他文件夹。</translation>
        </message>
        <message>
            <location line="+71" />
            <location line="+35" />
            <source>%1 cannot be saved: its symbolic links lead round in a loop; save under another name.</source>
            <translation>无法保存 %1：它的符号链接构成了循环；请用其他名称保存。</translation>
        </message>
        <message>
            <location line="-30" />
            <source>%1 is not an ordinary file (it is a device, a pipe or a socket); save under another name.</source>
            <translation>%1 不是普通文件（而是设备、管道或套接字）；请用其他名称保存。</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+19" />
            <source>%1 is a folder; choose a file name to save to.</source>
            <translation>%1 是文件夹；请选择要保存的文件名。</translation>
        </message>
        <message>
            <location line="-16" />
            <source>The folder %1 does not exist.</source>
            <translation>文件夹 %1 不存在。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>wxdesk may not write in the folder %1 (it is read-only or belongs to another user); choose another folder.</source>
            <translation>wxdesk 无权写入文件夹 %1（只读或属于其他用户）；请选择其他文件夹。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is read-only; save under another name.</source>
            <translation>%1 是只读文件；请用其他名称保存。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not an ordinary file (it is a device, a pipe, a socket or a link to nothing); save under another name.</source>
            <translation>%1 不是普通文件（而是设备、管道、套接字或指向不存在文件的链接）；请用其他名称保存。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a file this is made from (the open scenario or the data pack); choose another name, so that it stays as it is.</source>
            <translation>%1 是生成此文件所用的文件（打开的场景或数据包）；请选择其他名称，使其保持不变。</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+34" />
            <source>The folder of %1 does not exist.</source>
            <translation>%1 所在的文件夹不存在。</translation>
        </message>
        <message>
            <location line="-33" />
            <source>There is not enough space to save %1; free some disk space or save elsewhere. The previous file is unchanged.</source>
            <translation>空间不足，无法保存 %1；请释放磁盘空间或保存到其他位置。原文件保持不变。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>wxdesk may not write %1 (permission denied or a read-only disk); save under another name or in another folder.</source>
            <translation>wxdesk 无法写入 %1（权限不足或磁盘只读）；请用其他名称或保存到其他文件夹。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 already exists and is a file of another kind, so wxdesk does not replace it; choose another name, or move that file away first.</source>
            <translation>%1 已存在，且是其他类型的文件，wxdesk 不会替换它；请选择其他名称，或先将该文件移走。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 cannot be saved: the file name is too long for the disk; choose a shorter name.</source>
            <translation>%1 无法保存：文件名对磁盘来说太长；请换一个短一些的名称。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 could not be written completely (the disk may be full or failing). The previous file is unchanged.</source>
            <translation>%1 未能完整写入（磁盘可能已满或出现故障）。原有文件保持不变。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>%1 could not be saved: the folder %2 does not take new files (it is a system folder); save in another folder.</source>
            <translation>无法保存 %1：文件夹 %2 不能新建文件（它是系统文件夹）；请保存到其他文件夹。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 could not be saved: the disk reported a fault (it may have been removed, or be failing). The previous file is unchanged.</source>
            <translation>无法保存 %1：磁盘报告了故障（可能已移除或出现故障）。原文件保持不变。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 could not be saved: the disk does not allow this name (some disks refuse characters such as : * ? " &lt; &gt; |); choose another name.</source>
            <translation>无法保存 %1：磁盘不接受这个名称（有些磁盘不允许 : * ? " &lt; &gt; | 等字符）；请换一个名称。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 could not be saved: the disk refused the data (it may be full, removed or failing). The previous file is unchanged.</source>
            <translation>无法保存 %1：磁盘拒绝写入（可能已满、已移除或出现故障）。原文件保持不变。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 could not be saved. Save under another name or in another folder; the previous file is unchanged.</source>
            <translation>无法保存 %1。请用其他名称或保存到其他文件夹；原文件保持不变。</translation>
        </message>
    </context>
    <context>
        <name>source</name>
        <message>
            <location filename="../../wxdesk/words/words.py" line="+150" />
            <source>Source: %1</source>
            <translation>来源：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dated %1, checked %2, confidence %3</source>
            <translation>来源日期 %1，核实于 %2，可信度 %3</translation>
        </message>
    </context>
    <context>
        <name>terms</name>
        <message>
            <source>Service Account</source>
            <translation>服务号</translation>
        </message>
        <message>
            <source>Mini Program</source>
            <translation>小程序</translation>
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
            <translation>大体积应用</translation>
        </message>
        <message>
            <source>messaging your users</source>
            <translation>向用户推送消息</translation>
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
        <message>
            <source>Official Account</source>
            <translation>公众号（原订阅号）</translation>
        </message>
        <message>
            <source>WeCom</source>
            <translation>企业微信</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>视频号</translation>
        </message>
        <message>
            <source>1:1 contact and customer groups</source>
            <translation>私域运营（一对一联系和客户群）</translation>
        </message>
        <message>
            <source>short video and live streams</source>
            <translation>短视频和直播</translation>
        </message>
        <message>
            <source>your session length</source>
            <translation>单次使用时长</translation>
        </message>
        <message>
            <source>your audience size</source>
            <translation>用户规模</translation>
        </message>
        <message>
            <source>messaging staff</source>
            <translation>向员工发送消息</translation>
        </message>
        <message>
            <source>this plan with both</source>
            <translation>推荐方案同时配小程序和原生应用</translation>
        </message>
        <message>
            <source>this plan with both added</source>
            <translation>推荐方案加上小程序和原生应用</translation>
        </message>
        <message>
            <source>1:1 contact with customers</source>
            <translation>私域运营（一对一联系）</translation>
        </message>
        <message>
            <source>build</source>
            <translation>开发</translation>
        </message>
        <message>
            <source>maintenance and content</source>
            <translation>维护与内容</translation>
        </message>
        <message>
            <source>staff time in chats</source>
            <translation>聊天客服人力</translation>
        </message>
        <message>
            <source>platform and service fees</source>
            <translation>平台与服务费用</translation>
        </message>
        <message>
            <source>platform, store and service fees</source>
            <translation>平台、应用商店与服务费用</translation>
        </message>
        <message>
            <source>servers</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>user acquisition</source>
            <translation>获客</translation>
        </message>
        <message>
            <source>paid reach</source>
            <translation>付费触达</translation>
        </message>
        <message>
            <source>This plan with a Mini Program instead</source>
            <translation>推荐方案改用小程序</translation>
        </message>
        <message>
            <source>This plan with a native app instead</source>
            <translation>推荐方案改用原生应用</translation>
        </message>
        <message>
            <source>This plan with the Mini Program only</source>
            <translation>推荐方案只保留小程序</translation>
        </message>
        <message>
            <source>This plan with the app only</source>
            <translation>推荐方案只保留原生应用</translation>
        </message>
        <message>
            <source>This plan with a Mini Program added</source>
            <translation>推荐方案加上小程序</translation>
        </message>
        <message>
            <source>This plan with a native app added</source>
            <translation>推荐方案加上原生应用</translation>
        </message>
        <message>
            <source>This plan with both</source>
            <translation>推荐方案同时配小程序和原生应用</translation>
        </message>
        <message>
            <source>This plan with both added</source>
            <translation>推荐方案加上小程序和原生应用</translation>
        </message>
    </context>
    <context>
        <name>units</name>
        <message>
            <location filename="../../wxdesk/words/units.py" line="+49" />
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
            <source>CNY an hour</source>
            <translation>元/小时</translation>
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
            <source>CNY per message</source>
            <translation>元/篇</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CNY per review</source>
            <translation>元/次审核</translation>
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
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hours</source>
            <translation>小时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hours a month</source>
            <translation>小时/月</translation>
        </message>
        <message>
            <location line="+8" />
            <source>minutes per user a month</source>
            <translation>分钟/用户/月</translation>
        </message>
        <message>
            <location line="+5" />
            <source>of the build, in cost and in time</source>
            <translation>（占开发费用和工期）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="-15" />
            <source>ln(users)</source>
            <translation>ln(用户数)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ln(minutes)</source>
            <translation>ln(分钟)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>messages</source>
            <translation>条</translation>
        </message>
        <message>
            <location line="+1" />
            <source>messages a day</source>
            <translation>条/天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>messages a month</source>
            <translation>次/月</translation>
        </message>
        <message>
            <location line="+1" />
            <source>min</source>
            <translation>分钟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>opens a month</source>
            <translation>次/月</translation>
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
            <location line="+3" />
            <source>of the build cost a year</source>
            <translation>（占开发费用/年）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>of sales</source>
            <translation>（占销售额）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>users a month</source>
            <translation>月活用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new users per user a year</source>
            <translation>名新用户/用户/年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>weeks</source>
            <translation>周</translation>
        </message>
        <message>
            <location line="+1" />
            <source>weight</source>
            <translation>倍</translation>
        </message>
        <message>
            <location line="-17" />
            <source>members</source>
            <translation>名成员</translation>
        </message>
    </context>
</TS>
