package app.database;

import java.sql.SQLException;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Connections of our own, to the pool's database with the pool's settings. */
final class OwnConnections {

	private OwnConnections() {
	}

	/**
	 * New connections, outside the pool, for work that must not hold one of its
	 * connections while it asks for another (a small pool would wait for itself); the
	 * pool itself if it is not Hikari's.
	 */
	static DataSource outsideThePool(DataSource pooled) {
		HikariDataSource pool;
		try {
			pool = pooled.unwrap(HikariDataSource.class);
		}
		catch (SQLException notHikari) {
			return pooled;
		}
		var own = new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
		own.setConnectionProperties(pool.getDataSourceProperties());
		return own;
	}

}
