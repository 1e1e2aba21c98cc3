#include "modules/accounts/AccountTableModel.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>
#include <QPalette>

namespace fd {

AccountTableModel::AccountTableModel(const Clock& clock, QObject* parent) : QAbstractTableModel(parent), m_clock(clock)
{}

void AccountTableModel::setUsers(const QList<User>& users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int AccountTableModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_users.size(); ++row)
        if (m_users.at(row).id == userId)
            return row;
    return -1;
}

int AccountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountTableModel::stateText(const User& user) const
{
    if (!user.active)
        return tr("Switched off");
    if (user.lockedUntilMs > m_clock.nowMs())
        return tr("Locked until %1").arg(DateTimeText::time(user.lockedUntilMs));
    return tr("Active");
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& user = m_users.at(index.row());
    if (role == Qt::ForegroundRole && !user.active)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Login:
        return user.login;
    case Name:
        return user.displayName;
    case RoleColumn:
        return Roles::displayName(user.role);
    case State:
        return stateText(user);
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Login:
        return tr("Sign-in name");
    case Name:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace fd
