#pragma once

#include "engine/User.h"

#include <QAbstractTableModel>

namespace fd {

class Clock;

// The accounts list for administrators: sign-in name, name, role and whether the account can sign in.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Login, Name, RoleColumn, State, ColumnCount };

    explicit AccountTableModel(const Clock& clock, QObject* parent = nullptr);

    void setUsers(const QList<User>& users);
    [[nodiscard]] const User& userAt(int row) const { return m_users.at(row); }
    [[nodiscard]] int rowOf(qint64 userId) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] QString stateText(const User& user) const;

    const Clock& m_clock;
    QList<User> m_users;
};

} // namespace fd
