#pragma once

#include "engine/Session.h"

#include <QWidget>

class QLabel;

namespace fd {

// 工作台: where the desk starts. The site, who is signed in and the keys that save time. It shows
// no counts until the modules that produce them exist (an invented number is worse than none).
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(QWidget* parent = nullptr);

    void setSiteName(const QString& name);
    void setSession(const Session& session);

private:
    QLabel* m_site;
    QLabel* m_user;
};

} // namespace fd
