#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace fd {

struct Services;
struct Session;

// The demo site's fees (issue 13), so the cashier finds work: the management fee by floor area (homes
// ¥2.35, shops ¥6.00 per ㎡ a month) and garbage collection (¥10.00 a month, shops ¥30.00), last month
// and this month billed, last month paid at the counter by most homes (cash, WeChat Pay, Alipay, one
// paying ahead) and left owing by every seventh, as a real site looks; and a special service (特约服务,
// a tap changed) billed to the first unit this month; water by meter with next month's readings of
// twelve units in, and three parking spaces rented from next month (one from its 11th).
class DemoFees
{
    Q_DECLARE_TR_FUNCTIONS(DemoFees)

public:
    // Inside the caller's transaction.
    static Status fill(Services& services, const Session& manager, const Session& cashier);

private:
    static Status meteredAndListed(Services& services, const Session& manager, const Session& cashier,
                                   const QDate& ratesFrom);
};

} // namespace fd
