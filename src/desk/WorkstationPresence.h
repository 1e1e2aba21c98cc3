#pragma once

#include "engine/Session.h"

#include <QObject>

namespace fd {

struct Services;

// This workstation's part in who is on duty (R-SH-1): while a person is signed in here the window
// records it (DeskPresence) and renews it every minute of the Clock (MinuteTick), so their shift holds
// the desk's reminders; signing out, switching user or closing the window ends it, and a killed
// program simply stops renewing. The post a person works at here is chosen on the shift page and
// remembered for this workstation (QSettings "desk/post"), never inferred from a handover sheet.
class WorkstationPresence : public QObject
{
    Q_OBJECT

public:
    explicit WorkstationPresence(Services& services, QObject* parent = nullptr);
    ~WorkstationPresence() override;

    // The person signed in now (the previous one's presence ends).
    void signIn(const Session& session);
    void signOut();
    // The post worked at here changed (a shift started or taken over): recorded and remembered.
    void setPost(qint64 postId);
    [[nodiscard]] qint64 presenceId() const { return m_id; }

    // The post chosen last at this workstation (0: none yet).
    [[nodiscard]] static qint64 rememberedPost();
    static void rememberPost(qint64 postId);
    // How this workstation is named in the records: the machine's host name.
    [[nodiscard]] static QString workstation();

private:
    void renew();

    Services& m_services;
    qint64 m_id = 0;
    qint64 m_postId = 0;
};

} // namespace fd
