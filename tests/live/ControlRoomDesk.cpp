// The control room's own computer in the two-workstation test (issue 16): a second process on the
// site's PostgreSQL database, listening as the window does. It reads one command per line on standard
// input and answers on standard output; every change its feed brings from the other desk is printed as
//   heard KIND ID ACTION
// Commands (the password of every test account is user-pass-1):
//   signin LOGIN          -> "signed in"
//   accept SHEET          -> "sealed SHEET": takes over at the control room, every line acknowledged
//   call PHONE UNIT NAME WHAT -> "call ID": a night call taken (WHAT is the rest of the line)
//   end                   -> "signed SHEET": ends the shift and signs the sheet for the morning desk
// A refusal answers "error MESSAGE".
#include "app/ServiceHost.h"
#include "core/SystemClock.h"
#include "desk/Services.h"
#include "engine/AccountService.h"
#include "engine/ChangeFeed.h"
#include "engine/SiteConnection.h"
#include "engine/shifts/ControlRoomService.h"
#include "engine/shifts/ShiftService.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void say(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const fd::SystemClock clock;
    auto host = fd::ServiceHost::open(fd::ConnectionSpec::parse(QString::fromLocal8Bit(argv[1])).value(), clock,
                                      fd::Database::OpenMode::MustExist);
    if (!host) {
        std::fprintf(stderr, "%s\n", host.error().message.toLocal8Bit().constData());
        return 3;
    }
    fd::Services& s = host.value()->services();
    const QString password = u"user-pass-1"_s;
    fd::Session me;
    QObject::connect(&s.changes, &fd::ChangeFeed::changed, [](const QList<fd::Change>& changes) {
        for (const fd::Change& c : changes)
            say(u"heard %1 %2 %3"_s.arg(c.kind).arg(c.id).arg(c.action));
    });
    QObject::connect(&s.connection, &fd::SiteConnection::listening, [] { say(u"listening"_s); });

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray buffer;
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            QCoreApplication::quit();
            return;
        }
        buffer.append(chunk, n);
        qsizetype end;
        while ((end = buffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(buffer.left(end)).trimmed();
            buffer.remove(0, end + 1);
            const QStringList w = line.split(u' ');
            const QString command = w.value(0);
            if (command == u"signin"_s) {
                auto signedIn = s.accounts.signIn(w.value(1), password);
                if (!signedIn) {
                    say(u"error "_s + signedIn.error().message);
                    continue;
                }
                me = signedIn.value();
                say(u"signed in"_s);
            } else if (command == u"accept"_s) {
                auto sheet = s.shifts.sheet(w.value(1).toLongLong());
                auto post = s.shifts.controlRoomPost();
                if (!sheet || !post) {
                    say(u"error no such sheet"_s);
                    continue;
                }
                QList<fd::HandoverAnswer> answers;
                for (const fd::HandoverItem& i : sheet.value().items)
                    answers << fd::HandoverAnswer{i.id, {}};
                auto sealed =
                    s.shifts.acceptByArriving(sheet.value().id, me.user.login, password, answers, post.value().id);
                say(sealed ? u"sealed %1"_s.arg(sealed.value().id) : u"error "_s + sealed.error().message);
            } else if (command == u"call"_s) {
                auto call = s.controlRoom.recordCall(
                    me, {w.value(1), w.value(2).toLongLong(), w.value(3), QStringList(w.mid(4)).join(u' ')});
                say(call ? u"call %1"_s.arg(call.value().id) : u"error "_s + call.error().message);
            } else if (command == u"end"_s) {
                auto shift = s.shifts.currentShift(me.user.id);
                if (!shift || !shift.value()) {
                    say(u"error no shift"_s);
                    continue;
                }
                auto draft = s.shifts.endShift(me, shift.value()->id, u"夜间一切正常"_s);
                auto sign = draft ? s.shifts.signLeaving(me, draft.value().id, password) : draft;
                say(sign ? u"signed %1"_s.arg(sign.value().id) : u"error "_s + sign.error().message);
            } else if (command == u"quit"_s) {
                QCoreApplication::quit();
            }
        }
    });
    s.connection.start(100);
    return QCoreApplication::exec();
}
