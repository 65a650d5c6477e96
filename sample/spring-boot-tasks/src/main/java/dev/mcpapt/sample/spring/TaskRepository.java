package dev.mcpapt.sample.spring;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tasks table, through Spring's {@link JdbcClient} over the application's DataSource. */
@Repository
public class TaskRepository {
  private final JdbcClient jdbc;

  public TaskRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Task> all() {
    return jdbc.sql("SELECT id, title, done FROM task ORDER BY id").query(Task.class).list();
  }

  public Optional<Task> find(long id) {
    return jdbc.sql("SELECT id, title, done FROM task WHERE id = ?").param(id).query(Task.class).optional();
  }

  public Task add(String title) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO task (title, done) VALUES (?, FALSE)").param(title).update(key, "id");
    return new Task(key.getKey().longValue(), title, false);
  }

  public boolean setDone(long id, boolean done) {
    return jdbc.sql("UPDATE task SET done = ? WHERE id = ?").params(done, id).update() == 1;
  }

  public boolean delete(long id) {
    return jdbc.sql("DELETE FROM task WHERE id = ?").param(id).update() == 1;
  }
}
