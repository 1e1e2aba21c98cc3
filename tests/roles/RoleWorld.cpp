#include "RoleWorld.h"

#include "../gui/GuiTestSupport.h"
#include "engine/reminders/ReminderService.h"
#include "engine/shifts/ControlRoomService.h"
#include "engine/shifts/MorningReviewService.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/TicketService.h"
#include "modules/callbacks/CallbackService.h"
#include "modules/complaints/ComplaintService.h"
#include "modules/parcels/ParcelService.h"
#include "modules/repairs/RepairService.h"
#include "modules/storeditems/StoredItemService.h"
#include "modules/tools/ToolService.h"
#include "modules/visitors/VisitorService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QImage>
#include <QBuffer>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

template <class T> T must(Result<T> r, const char* what)
{
    if (!r)
        throw std::runtime_error(std::string(what) + ": " + r.error().message.toStdString());
    return std::move(r).value();
}

void must(const Status& s, const char* what)
{
    if (!s)
        throw std::runtime_error(std::string(what) + ": " + s.error().message.toStdString());
}

} // namespace

RoleWorld::RoleWorld()
{
    m_host.clock().set(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
    importSample(m_host);
    m_people.resize(Roles::all().size());
    for (Role role : Roles::all())
        m_people[int(role)] = role == Role::Admin ? m_host.admin() : m_host.signedIn(role);
}

QString RoleWorld::passwordOf(const Session& who)
{
    return QString::fromLatin1(who.user.role == Role::Admin ? TestHost::AdminPassword : TestHost::UserPassword);
}

qint64 RoleWorld::changes()
{
    return must(m_host.db().scalar(u"SELECT total_changes()"_s), "total_changes").toLongLong();
}

qint64 RoleWorld::auditEvents()
{
    return must(m_host.db().scalar(u"SELECT COUNT(*) FROM audit_events"_s), "audit count").toLongLong();
}

qint64 RoleWorld::unitId(const QString& code)
{
    return must(m_host.db().scalar(u"SELECT id FROM units WHERE code = ?"_s, {code}), "unit").toLongLong();
}

qint64 RoleWorld::residentId(const QString& name)
{
    return must(m_host.db().scalar(u"SELECT id FROM residents WHERE name = ?"_s, {name}), "resident").toLongLong();
}

Ticket RoleWorld::repair()
{
    NewTicket r;
    r.kind = TicketKind::Repair;
    r.channel = Channel::Call;
    r.callerPhone = u"13800001111"_s;
    r.unitId = unitId();
    r.personName = u"张三"_s;
    r.description = u"厨房水管漏水 %1"_s.arg(++m_serial);
    return must(s().tickets.open(as(Role::Clerk), r), "open repair");
}

Ticket RoleWorld::dispatchedRepair()
{
    return must(s().tickets.dispatch(as(Role::Clerk), repair(), u"engineering"_s), "dispatch");
}

Ticket RoleWorld::returnedRepair()
{
    return must(s().tickets.returned(as(Role::Clerk), dispatchedRepair(), u"换了阀门"_s, u"李师傅"_s), "return");
}

Ticket RoleWorld::complaint()
{
    NewTicket r;
    r.kind = TicketKind::Complaint;
    r.channel = Channel::WalkIn;
    r.unitId = unitId();
    r.residentId = residentId();
    r.personName = u"张三"_s;
    r.description = u"楼上装修噪音 %1"_s.arg(++m_serial);
    return must(s().tickets.open(as(Role::Clerk), r), "open complaint");
}

Ticket RoleWorld::gradedComplaint(Severity severity)
{
    return must(s().complaints.decide(as(Role::Supervisor), complaint(), {true, severity, {}, {}}), "judge");
}

Ticket RoleWorld::inquiry()
{
    NewTicket r;
    r.kind = TicketKind::Inquiry;
    r.channel = Channel::WalkIn;
    r.personName = u"张三"_s;
    r.description = u"停车月卡怎么办 %1"_s.arg(++m_serial);
    return must(s().tickets.open(as(Role::Clerk), r), "open inquiry");
}

Ticket RoleWorld::urgentTicket()
{
    NewTicket r;
    r.kind = TicketKind::Repair;
    r.channel = Channel::WalkIn;
    r.unitId = unitId();
    r.personName = u"张三"_s;
    r.description = u"电梯困人 %1"_s.arg(++m_serial);
    r.urgent = true;
    return must(s().tickets.open(as(Role::Clerk), r), "open urgent");
}

qint64 RoleWorld::callbackWithOpinion()
{
    CallbackRecord call;
    call.outcome = CallbackOutcome::Satisfied;
    call.handled = true;
    call.satisfaction = u"满意"_s;
    call.opinion = u"希望小区多装几盏路灯"_s;
    return must(s().callbacks.record(as(Role::Clerk), returnedRepair(), call), "callback").id;
}

qint64 RoleWorld::nightCall()
{
    const Session& control = as(Role::ControlRoom);
    NewCall n;
    n.callerPhone = u"13800001111"_s;
    n.unitId = unitId();
    n.personName = u"张三"_s;
    n.description = u"夜间停电 %1"_s.arg(++m_serial);
    const qint64 id = must(s().controlRoom.recordCall(control, n), "night call").id;
    must(s().controlRoom.recordDirectDispatch(control, id, u"engineering"_s, u"王师傅"_s), "direct dispatch");
    must(s().controlRoom.recordReturn(control, id, u"更换保险丝"_s), "night return");
    return id;
}

qint64 RoleWorld::shiftOf(const Session& who)
{
    const QList<Post> posts = must(s().shifts.posts(), "posts");
    const qint64 post = posts.first().id;
    if (who.may(Permission::WorkShifts))
        return must(s().shifts.startShift(who, post), "start shift").id;
    // A role that works no shift gets one written directly, so that refusing it is the role's doing.
    return must(m_host.db().insert(u"INSERT INTO shifts (post_id, user_id, code, started_ms) VALUES (?, ?, 'A', ?) "
                                   "RETURNING id"_s,
                                   {post, who.user.id, m_host.clock().nowMs()}),
                "insert shift");
}

qint64 RoleWorld::draftSheetOf(const Session& who)
{
    const qint64 shift = shiftOf(who);
    if (who.may(Permission::WorkShifts))
        return must(s().shifts.endShift(who, shift, u"交班"_s), "end shift").id;
    const QList<Post> posts = must(s().shifts.posts(), "posts");
    return must(m_host.db().insert(u"INSERT INTO handover_sheets (shift_id, post_id, leaving_user_id, created_ms, "
                                   "status) VALUES (?, ?, ?, ?, 'draft') RETURNING id"_s,
                                   {shift, posts.first().id, who.user.id, m_host.clock().nowMs()}),
                "insert sheet");
}

void RoleWorld::nightForReview()
{
    const QDate day = QDate(2026, 11, 23).addDays(m_reviewDays++);
    m_host.clock().set(QDateTime(day, QTime(2, 0)));
    nightCall();
    m_host.clock().set(QDateTime(day, QTime(9, 0)));
}

qint64 RoleWorld::reviewStarted()
{
    const Session& supervisor = as(Role::Supervisor);
    if (auto pending = must(s().reviews.pendingReview(supervisor), "pending review"))
        return pending->id;
    nightForReview();
    return must(s().reviews.startReview(supervisor), "start review").id;
}

qint64 RoleWorld::reviewMark(qint64 reviewId)
{
    const ShiftReview review = must(s().reviews.review(reviewId), "review");
    if (review.marks.isEmpty())
        throw std::runtime_error("the review has nothing to mark");
    return review.marks.first().id;
}

qint64 RoleWorld::visitorInside()
{
    VisitorCheckIn in;
    in.visitorName = u"刘先生"_s;
    in.unitId = unitId();
    in.hostName = u"张三"_s;
    in.purpose = u"探亲"_s;
    return must(s().visitors.checkIn(as(Role::Clerk), in), "check in").id;
}

qint64 RoleWorld::instruction()
{
    NewInstruction n;
    n.unitId = unitId();
    n.text = u"周二保洁阿姨可进"_s;
    n.kind = InstructionKind::Admit;
    return must(s().visitors.addInstruction(as(Role::Clerk), n), "instruction").id;
}

Signature RoleWorld::signature(const QString& signer)
{
    QImage image(40, 20, QImage::Format_ARGB32);
    image.fill(Qt::white);
    image.setPixel(5, 5, qRgb(0, 0, 0));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    Signature sig;
    sig.signer = signer;
    sig.image = png;
    return sig;
}

qint64 RoleWorld::storedItem(QString* tag)
{
    DepositRequest r;
    r.depositorName = u"张三"_s;
    r.depositorPhone = u"13800001111"_s;
    r.unitId = unitId();
    r.lines = {{u"行李箱"_s, 1, u"完好"_s}};
    r.shelf = u"A-1"_s;
    r.expectedPickupMs = m_host.clock().nowMs() + 3'600'000;
    r.signature = signature();
    const StoredItem item = must(s().storedItems.deposit(as(Role::Clerk), r), "deposit");
    if (tag)
        *tag = item.tag;
    return item.id;
}

QList<qint64> RoleWorld::parcelsWaiting()
{
    ParcelBatchInput batch;
    batch.carrier = u"顺丰"_s;
    ParcelLine line;
    line.unitId = unitId();
    line.tracking = u"SF%1"_s.arg(++m_serial);
    batch.lines = {line};
    return must(s().parcels.receive(as(Role::Clerk), batch), "receive").parcelIds;
}

qint64 RoleWorld::toolId()
{
    return must(s().tools.addTool(as(Role::Supervisor), u"梯子"_s, u"T-%1"_s.arg(++m_serial, 2, 10, QChar(u'0')), 3),
                "add tool")
        .id;
}

qint64 RoleWorld::loanOut()
{
    ToolLendRequest r;
    r.toolId = toolId();
    r.unitId = unitId();
    r.borrowerName = u"张三"_s;
    r.borrowerPhone = u"13800001111"_s;
    r.signature = signature();
    return must(s().tools.lend(as(Role::Clerk), r), "lend").id;
}

qint64 RoleWorld::feeItemId()
{
    FeeItem item{0, u"SD-%1"_s.arg(++m_serial), u"疏通下水道"_s, u"次"_s, 5000, true, 1};
    return must(s().repairs.saveFeeItem(as(Role::Manager), item), "fee item").id;
}

qint64 RoleWorld::reportReminder()
{
    urgentTicket();
    ReminderService reminders(m_host.db(), m_host.clock(), s().audit, s().rules);
    must(reminders.raiseDue(m_host.clock().nowMs()), "raise");
    return must(m_host.db().scalar(u"SELECT MAX(id) FROM reminders WHERE due = 'report' AND acknowledged_ms IS NULL"_s),
                "report reminder")
        .toLongLong();
}

} // namespace fd::test
