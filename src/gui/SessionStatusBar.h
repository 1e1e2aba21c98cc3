#pragma once

#include "engine/Session.h"

#include <QStatusBar>

class QLabel;

namespace fd {

// Always in view: who is signed in, their role, post and shift, and which database this desk uses,
// so a clerk at a shared workstation can see at a glance whose name their entries will carry.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit SessionStatusBar(QWidget* parent = nullptr);

    void setSession(const Session& session);
    void setDatabase(const QString& display);
    // Empty: "—" and "no shift started".
    void setPost(const QString& post);
    void setShift(const QString& shift);

private:
    QLabel* addPart(const QString& name);

    QLabel* m_user;
    QLabel* m_role;
    QLabel* m_post;
    QLabel* m_shift;
    QLabel* m_database;
};

} // namespace fd
