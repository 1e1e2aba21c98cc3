// The renovations page inside the window, in Chinese, for docs/screenshots: 3-1-502's renovation at
// work, with a worker's pass issued and an inspection's problem to put right, on a morning at 翠湖花园.
#include "NightShiftSetup.h"

#include "app/StandardPages.h"
#include "gui/MainWindow.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/PaymentService.h"
#include "modules/renovations/RenovationService.h"
#include "modules/renovations/RenovationsPage.h"
#include "support/Screenshots.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

TEST(RenovationsScreenshots, ARenovationAtWork)
{
    TestHost host;
    NightShiftSetup night(host);
    night.setTime(9, 10);
    QTemporaryDir dir;
    const QString drawing = dir.filePath(u"平面图.pdf"_s);
    QFile f(drawing);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4\n%%EOF\n");
    f.close();
    const Session manager = host.signedIn(Role::Manager, u"wang.jl"_s);
    const Session cashier = host.signedIn(Role::Cashier, u"liu.cn"_s);
    auto item = [&](const QString& code, const QString& name) {
        ChargeItem i;
        i.code = code;
        i.name = name;
        i.basis = ChargeBasis::Deposit;
        return host.services().charges.addItem(manager, i).value().id;
    };
    const qint64 deposit = item(u"ZXYJ"_s, u"装修押金"_s);
    const qint64 waste = item(u"ZXLJ"_s, u"装修垃圾清运费"_s);

    RenovationService& s = host.services().renovations;
    RenovationApplication a;
    a.unitId = night.unit502;
    a.residentId = host.db().scalar(u"SELECT id FROM residents WHERE unit_id = ?"_s, {a.unitId}).value().toLongLong();
    a.companyName = u"美居装饰有限公司"_s;
    a.companyLicence = u"91110105MA01ABCD2X"_s;
    a.companyPerson = u"陈工"_s;
    a.companyPhone = u"13900008888"_s;
    a.scope = {u"finishes"_s, u"water_electric"_s};
    a.description = u"客厅吊顶，厨卫水电改造"_s;
    a.plannedStart = night.at(0, 0, -10).date();
    a.plannedEnd = night.at(0, 0, 60).date();
    a.drawingPaths = {drawing};
    auto r = s.apply(night.day, a);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const qint64 id = r.value().id;
    ASSERT_TRUE(s.approve(night.supervisor, id, u"水电改造完工后报工程部验收"_s).ok());
    Signature paper;
    paper.signer = u"业主"_s;
    paper.waivedReason = QString::fromLatin1(Signature::OnPaper);
    paper.note = u"纸质协议已签"_s;
    ASSERT_TRUE(s.signAgreement(night.day, id, paper).ok());
    auto charged = s.chargeDeposit(night.day, id, deposit, 500000, waste, 80000);
    ASSERT_TRUE(charged.ok()) << charged.error().message.toStdString();
    for (qint64 line : charged.value().depositLines()) {
        PaymentRequest p;
        p.unitId = night.unit502;
        p.lineIds = {line};
        p.amountFen = line == charged.value().depositLineId ? 500000 : 80000;
        ASSERT_TRUE(host.services().payments.pay(cashier, p).ok());
    }
    ASSERT_TRUE(s.setSchedule(night.day, id, u"拆改一周，水电两周，木工油漆四周"_s).ok());
    NewWorker w{u"张建国"_s, u"110105198001011234"_s, u"13700001111"_s, u"水电工"_s};
    const qint64 worker = s.addWorker(night.day, id, w).value().id;
    ASSERT_TRUE(s.issuePass(night.day, worker, night.at(0, 0).date(), a.plannedEnd).ok());
    InspectionFound found;
    found.day = night.at(0, 0).date();
    found.department = InspectionDepartment::Security;
    found.inspector = u"保安 李明"_s;
    found.findings = u"楼道堆放装修垃圾"_s;
    found.problem = true;
    found.toldHow = u"电话告知业主"_s;
    found.fixBy = night.at(0, 0, 2).date();
    ASSERT_TRUE(s.recordInspection(night.day, id, found).ok());

    MainWindow window(host.services(), standardPages(), night.day, u"/var/lib/frontdesk/frontdesk.sqlite"_s);
    window.resize(1280, 860);
    window.show();
    window.showPage(u"renovations"_s);
    auto* page = window.findChild<RenovationsPage*>();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(page->showRenovation(id));
    EXPECT_FALSE(Screenshots::save(&window, u"renovations"_s).isEmpty());
}

} // namespace
} // namespace fd::test
