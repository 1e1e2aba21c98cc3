#pragma once

#include <QWidget>

class QLabel;

namespace fd {

// What the window shows while locked: nothing of the work behind it, only that it is locked.
class LockCover : public QWidget
{
    Q_OBJECT

public:
    explicit LockCover(QWidget* parent = nullptr);
    void setSignedIn(const QString& name);

private:
    QLabel* m_who;
};

} // namespace fd
